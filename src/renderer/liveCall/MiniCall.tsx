import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { remoteVideoPlaceholder } from '../callViews/remoteVideoPlaceholder.ts';
import { VideoView } from '../callViews/VideoView.tsx';
import { routeHref } from '../lib/routeHref.ts';
import { CallTimeChip } from '../ui/CallTimeChip.tsx';
import { callSession } from './appCallSession.ts';

type Props = { machine: CallMachine; snapshot: CallSnapshot; interviewId: string; candidate: string };

/**
 * The call, small, in a corner of every other screen: the candidate's video, Mute, End call and "Back to
 * interview". The call itself never stops for a change of screen; this is only its window.
 */
export function MiniCall({ machine, snapshot, interviewId, candidate }: Props) {
  const over = snapshot.state === 'ended' || snapshot.state === 'failed';
  const name = snapshot.remote.name ?? candidate;
  const status = over
    ? snapshot.state === 'failed'
      ? 'The call failed'
      : 'Call ended'
    : snapshot.remoteStream
      ? `Call with ${name}`
      : snapshot.state === 'lobby'
        ? `Call lobby: waiting for ${candidate}`
        : `Connecting to ${name}…`;
  return (
    <aside className="mini-call" aria-label="Call in progress">
      {!over && snapshot.remoteStream && (
        <VideoView
          stream={snapshot.remoteStream}
          label="Candidate video"
          className="video-remote mini-call-video"
          placeholder={remoteVideoPlaceholder(snapshot, 'The candidate’s camera is off')}
        />
      )}
      <div className="mini-call-line">
        <p className="mini-call-status" role="status">
          {status}
        </p>
        {!over && snapshot.startedAt && <CallTimeChip seconds={snapshot.elapsedSeconds} />}
      </div>
      <div className="mini-call-actions" role="group" aria-label="Call controls">
        {!over && (
          <>
            <button
              type="button"
              className={['button button-small', snapshot.muted ? 'button-toggled' : ''].join(' ')}
              onClick={() => machine.setMuted(!snapshot.muted)}
            >
              {snapshot.muted ? 'Unmute' : 'Mute'}
            </button>
            <button type="button" className="button button-small button-danger" onClick={() => machine.end()}>
              End call
            </button>
          </>
        )}
        {over && (
          <button type="button" className="button button-small" onClick={() => callSession.dismiss()}>
            Close
          </button>
        )}
        <a
          className="button button-small button-primary"
          href={routeHref({ name: 'interview', id: interviewId })}
        >
          Back to interview
        </a>
      </div>
    </aside>
  );
}
