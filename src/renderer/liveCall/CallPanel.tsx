import { useEffect, useId, useRef } from 'react';
import { describeCandidateDevices } from './describeCandidateDevices.ts';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import { CallControls } from '../callViews/CallControls.tsx';
import { DevicePickers } from '../callViews/DevicePickers.tsx';
import { DeviceNotice } from '../callViews/DeviceNotice.tsx';
import { DeviceSettings } from '../callViews/DeviceSettings.tsx';
import { MicrophoneLevel } from '../callViews/MicrophoneLevel.tsx';
import { useCallSnapshot } from '../callViews/useCallSnapshot.ts';
import { MediaAlert } from '../callViews/MediaAlert.tsx';
import { QualityIndicator } from '../callViews/QualityIndicator.tsx';
import { VideoStage } from '../callViews/VideoStage.tsx';
import { CallTimeChip } from '../ui/CallTimeChip.tsx';
import { TimeOfDayChip } from '../ui/TimeOfDayChip.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import type { CallRoom } from './CallRoom.ts';
import { CallEndedSummary } from './CallEndedSummary.tsx';
import { ChatDrawer } from './ChatDrawer.tsx';
import { InviteLink } from './InviteLink.tsx';
import { useChatDrawer } from './useChatDrawer.ts';
import { WaitingGuests } from './WaitingGuests.tsx';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { CallRecording } from './CallRecording.ts';
import { RecordingChoice, RecordingStatusBar, RecordingSummary } from './RecordingControls.tsx';

type Props = {
  machine: CallMachine;
  room: CallRoom;
  recorded: Interview | null;
  recordError: unknown;
  recording?: CallRecording | null;
};

/**
 * The recruiter's side of the call: the lobby (whoever knocks first, then the invite), then the call as a stage
 * that fills its pane with the call bar under it, then a short summary. The pane never scrolls the bar away.
 */
export function CallPanel({ machine, room, recorded, recordError, recording = null }: Props) {
  const snapshot = useCallSnapshot(machine);
  const headingId = useId();
  const candidate = room.candidateName;
  const chat = useChatDrawer(snapshot.chat);

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

  if (snapshot.state === 'ended' || snapshot.state === 'failed') {
    return (
      <>
        {recording && <RecordingSummary recording={recording} />}
        <CallEndedSummary
          snapshot={snapshot}
          headingId={headingId}
          recorded={recorded}
          recordError={recordError}
          room={room}
          announce={announce}
        />
      </>
    );
  }

  // The call layout takes over once the candidate's media arrives, so the offer/answer exchange right after
  // "Admit" does not compete with a big re-render for the CPU.
  const inCall =
    snapshot.state === 'connected' ||
    snapshot.state === 'reconnecting' ||
    (snapshot.state === 'connecting' && snapshot.remoteStream !== null);
  const endCall = () => machine.end();
  const stage = (
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
  );

  if (!inCall) {
    return (
      <section className="call-panel" aria-labelledby={headingId}>
        <header className="call-panel-header">
          <h2 id={headingId} className="call-panel-title">
            Call lobby
          </h2>
        </header>
        {!snapshot.signalingOnline && snapshot.state === 'lobby' && (
          <p role="status" className="call-notice">
            Connecting to the signalling server…
          </p>
        )}
        {/* Whoever knocks comes first, above the invite, so "Admit" is in view without scrolling. */}
        {snapshot.state === 'connecting' ? (
          <p role="status" className="call-notice">
            Connecting to {snapshot.remote.name ?? candidate}…
          </p>
        ) : (
          <WaitingGuests machine={machine} candidate={candidate} remoteLeft={snapshot.remoteLeft} />
        )}
        <InviteLink room={room} />
        {recording && <RecordingChoice machine={machine} snapshot={snapshot} />}
        {stage}
        <MicrophoneLevel stream={snapshot.localStream} muted={snapshot.muted} />
        <MediaAlert machine={machine} snapshot={snapshot} />
        <DeviceNotice machine={machine} snapshot={snapshot} />
        <CallControls machine={machine} snapshot={snapshot} hangUpLabel="End call" onHangUp={endCall} />
        <DevicePickers machine={machine} snapshot={snapshot} />
      </section>
    );
  }

  return (
    <section className="call-panel call-panel-live" aria-labelledby={headingId}>
      <h2 id={headingId} className="call-panel-title visually-hidden">
        Call with {snapshot.remote.name ?? candidate}
      </h2>
      <div className="call-stage-area">
        {stage}
        <div className="call-status" aria-live="polite">
          {snapshot.state === 'connecting' && <p className="call-notice">Connecting to {candidate}…</p>}
          {snapshot.state === 'reconnecting' && (
            <p role="status" className="call-notice">
              Connection lost. Reconnecting…
            </p>
          )}
          {!snapshot.signalingOnline && snapshot.state === 'connected' && (
            <p className="call-notice">
              The call server is out of reach; the call goes on directly between you and {candidate}.
            </p>
          )}
          {snapshot.state === 'connected' && snapshot.remote.muted && (
            <p className="call-notice">Candidate is muted</p>
          )}
          {describeCandidateDevices(snapshot.remoteDevices).map((notice) => (
            <p key={notice} className="call-notice">
              {notice}
            </p>
          ))}
          {/* Someone knocking mid-call: the candidate back after a crash, on a new tab or device. */}
          {snapshot.waitingGuests.length > 0 && (
            <WaitingGuests machine={machine} candidate={candidate} remoteLeft={snapshot.remoteLeft} />
          )}
        </div>
        <ChatDrawer
          machine={machine}
          snapshot={snapshot}
          open={chat.open}
          takeFocus={chat.openedByHand}
          onClose={chat.close}
        />
      </div>
      <MediaAlert machine={machine} snapshot={snapshot} />
      <DeviceNotice machine={machine} snapshot={snapshot} />
      <div className="call-bar">
        <div className="call-bar-status">
          {/* The snapshot ticks every second in a call, so this clock keeps up with no timer of its own. */}
          <TimeOfDayChip at={new Date().toISOString()} />
          {snapshot.startedAt && <CallTimeChip seconds={snapshot.elapsedSeconds} />}
          <QualityIndicator snapshot={snapshot} otherSide="Candidate’s side" />
          {recording && snapshot.state !== 'connecting' && (
            <RecordingStatusBar
              machine={machine}
              snapshot={snapshot}
              recording={recording}
              candidate={(snapshot.remote.name ?? candidate).split(' ')[0] || candidate}
            />
          )}
          <DeviceSettings machine={machine} snapshot={snapshot} className="call-devices call-bar-devices" />
        </div>
        <CallControls machine={machine} snapshot={snapshot} hangUpLabel="End call" onHangUp={endCall}>
          <button
            type="button"
            className={['button', chat.open ? 'button-toggled' : ''].join(' ')}
            aria-expanded={chat.open}
            onClick={chat.toggle}
          >
            Chat
            {chat.unread > 0 && <span className="call-bar-badge">{chat.unread} new</span>}
          </button>
        </CallControls>
      </div>
    </section>
  );
}
