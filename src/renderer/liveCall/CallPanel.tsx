import { useEffect, useId, useRef } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import { onDevicesChanged } from '../callEngine/MediaDevices.ts';
import { CallControls } from '../callViews/CallControls.tsx';
import { ChatPanel } from '../callViews/ChatPanel.tsx';
import { describeCallProblem } from '../callViews/describeCallProblem.ts';
import { DevicePickers } from '../callViews/DevicePickers.tsx';
import { DeviceSettings } from '../callViews/DeviceSettings.tsx';
import { exposeCallForTests } from '../callViews/exposeCallForTests.ts';
import { formatCallTime } from '../callViews/formatCallTime.ts';
import { MicrophoneLevel } from '../callViews/MicrophoneLevel.tsx';
import { useCallSnapshot } from '../callViews/useCallSnapshot.ts';
import { MediaAlert } from '../callViews/MediaAlert.tsx';
import { VideoStage } from '../callViews/VideoStage.tsx';
import { describeError } from '../ui/describeError.ts';
import { useAnnounce } from '../ui/useAnnounce.ts';
import type { CallRoom } from './CallRoom.ts';
import { callSession } from './appCallSession.ts';
import { InviteLink } from './InviteLink.tsx';
import type { Interview } from '../../shared/schemas/interview.ts';

type Props = {
  machine: CallMachine;
  room: CallRoom;
  recorded: Interview | null;
  recordError: unknown;
};

/** The recruiter's side of the call: invite and lobby, then the call itself, then a short summary. */
export function CallPanel({ machine, room, recorded, recordError }: Props) {
  const snapshot = useCallSnapshot(machine);
  const headingId = useId();
  const candidate = room.candidateName;

  // A knock is news: say it, since the recruiter's eyes may be on the notes.
  const announce = useAnnounce();
  const announced = useRef(new Set<string>());
  useEffect(() => {
    for (const guest of snapshot.waitingGuests) {
      if (announced.current.has(guest.peerId)) continue;
      announced.current.add(guest.peerId);
      announce(`${guest.name} is waiting to join.`);
    }
  }, [snapshot.waitingGuests, announce]);

  useEffect(() => {
    const stopWatching = onDevicesChanged(() => void machine.refreshDevices());
    const hideHooks = exposeCallForTests(machine);
    return () => {
      stopWatching();
      hideHooks();
    };
  }, [machine]);

  const timer = snapshot.startedAt ? (
    <span role="timer" aria-label="Call time" className="call-timer">
      {formatCallTime(snapshot.elapsedSeconds)}
    </span>
  ) : null;

  if (snapshot.state === 'ended' || snapshot.state === 'failed') {
    const problem = snapshot.problem ? describeCallProblem(snapshot.problem, 'the candidate') : null;
    const duration = recorded?.durationSeconds ?? (snapshot.startedAt ? snapshot.elapsedSeconds : null);
    return (
      <section className="call-panel" aria-labelledby={headingId}>
        <h2 id={headingId} className="call-panel-title">
          {snapshot.state === 'failed' ? 'The call failed' : 'Call ended'}
        </h2>
        {problem && (
          <div role="alert" className="alert alert-error">
            <div className="alert-body">
              <p className="alert-title">{problem.title}</p>
              <p>{problem.detail}</p>
            </div>
          </div>
        )}
        <p role="status">
          {duration === null
            ? 'The candidate never joined, so nothing was recorded.'
            : recorded
              ? `Duration ${formatCallTime(duration)}, saved with the interview.`
              : `Duration ${formatCallTime(duration)}. Saving…`}
        </p>
        {snapshot.chat.length > 0 && (
          <p className="muted">
            The chat ({snapshot.chat.length === 1 ? '1 message' : `${snapshot.chat.length} messages`}) is kept
            with the interview.
          </p>
        )}
        {recordError !== null && recordError !== undefined && (
          <div role="alert" className="alert alert-error">
            <p>The call could not be saved with the interview: {describeError(recordError)}</p>
          </div>
        )}
        <button type="button" className="button" onClick={() => callSession.dismiss()}>
          Close call panel
        </button>
      </section>
    );
  }

  // The call layout takes over once the candidate's media arrives, so the offer/answer exchange right after
  // "Admit" does not compete with a big re-render for the CPU.
  const inCall =
    snapshot.state === 'connected' ||
    snapshot.state === 'reconnecting' ||
    (snapshot.state === 'connecting' && snapshot.remoteStream !== null);
  const endCall = () => machine.end();

  return (
    <section className="call-panel" aria-labelledby={headingId}>
      <header className="call-panel-header">
        <h2 id={headingId} className="call-panel-title">
          {inCall ? `Call with ${snapshot.remote.name ?? candidate}` : 'Call lobby'}
        </h2>
        {timer}
      </header>

      {!snapshot.signalingOnline && snapshot.state === 'lobby' && (
        <p role="status" className="call-notice">
          Connecting to the signalling server…
        </p>
      )}

      {!inCall && <InviteLink room={room} />}

      <VideoStage
        snapshot={snapshot}
        inCall={inCall}
        previewClassName="call-preview"
        remoteLabel="Candidate video"
        remoteCameraOffText="The candidate’s camera is off"
        selfPlaceholder={
          snapshot.cameraOff ? 'Camera off' : snapshot.localStream ? null : 'Starting your camera…'
        }
      />

      {inCall ? (
        <div className="call-status" aria-live="polite">
          {snapshot.state === 'connecting' && <p className="call-notice">Connecting to {candidate}…</p>}
          {snapshot.state === 'reconnecting' && <p className="call-notice">Connection lost. Reconnecting…</p>}
          {snapshot.state === 'connected' && snapshot.remote.muted && (
            <p className="call-notice">Candidate is muted</p>
          )}
          {/* Someone knocking mid-call: the candidate back after a crash, on a new tab or device. */}
          {snapshot.waitingGuests.length > 0 && (
            <WaitingGuests machine={machine} candidate={candidate} remoteLeft={snapshot.remoteLeft} />
          )}
        </div>
      ) : (
        <>
          <MicrophoneLevel stream={snapshot.localStream} muted={snapshot.muted} />
          {snapshot.state === 'connecting' ? (
            <p role="status" className="call-notice">
              Connecting to {snapshot.remote.name ?? candidate}…
            </p>
          ) : (
            <WaitingGuests machine={machine} candidate={candidate} remoteLeft={snapshot.remoteLeft} />
          )}
        </>
      )}

      <MediaAlert machine={machine} snapshot={snapshot} />

      <CallControls machine={machine} snapshot={snapshot} hangUpLabel="End call" onHangUp={endCall} />

      {inCall ? (
        <>
          <ChatPanel machine={machine} snapshot={snapshot} />
          <DeviceSettings machine={machine} snapshot={snapshot} className="call-devices" />
        </>
      ) : (
        <DevicePickers machine={machine} snapshot={snapshot} />
      )}
    </section>
  );
}

function WaitingGuests({
  machine,
  candidate,
  remoteLeft,
}: {
  machine: CallMachine;
  candidate: string;
  remoteLeft: boolean;
}) {
  const snapshot = useCallSnapshot(machine);
  if (snapshot.waitingGuests.length === 0) {
    return (
      <p role="status" className="call-notice">
        {remoteLeft
          ? `${candidate} left the call. They can rejoin with the same link.`
          : `Waiting for ${candidate} to open the link…`}
      </p>
    );
  }
  return (
    <ul className="waiting-guests" aria-label="Waiting to join">
      {snapshot.waitingGuests.map((guest) => (
        <li key={guest.peerId} className="waiting-guest">
          <span>
            <strong>{guest.name}</strong> is waiting to join
          </span>
          <span className="waiting-guest-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => machine.admit(guest.peerId)}
            >
              Admit {guest.name}
            </button>
            <button type="button" className="button button-quiet" onClick={() => machine.deny(guest.peerId)}>
              Turn away {guest.name}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
