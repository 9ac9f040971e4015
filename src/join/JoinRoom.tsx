import { useEffect, useState } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import type { CallSnapshot } from '../renderer/callEngine/CallSnapshot.ts';
import { ChatPanel } from '../renderer/callViews/ChatPanel.tsx';
import { DeviceNotice } from '../renderer/callViews/DeviceNotice.tsx';
import { DevicePickers } from '../renderer/callViews/DevicePickers.tsx';
import { DeviceSettings } from '../renderer/callViews/DeviceSettings.tsx';
import { MicrophoneLevel } from '../renderer/callViews/MicrophoneLevel.tsx';
import { QualityIndicator } from '../renderer/callViews/QualityIndicator.tsx';
import { useCallSnapshot } from '../renderer/callViews/useCallSnapshot.ts';
import { VideoStage } from '../renderer/callViews/VideoStage.tsx';
import { capitalize } from './capitalize.ts';
import { Icon } from '../renderer/ui/Icon.tsx';
import { JoinControlBar } from './JoinControlBar.tsx';
import { JoinForm } from './JoinForm.tsx';
import type { JoinLink } from './joinLink.ts';
import { JoinMediaHelp } from './JoinMediaHelp.tsx';
import type { RoomInfo } from './RoomInfo.ts';
import { ScreenWakeLock } from './ScreenWakeLock.ts';
import { useChatAttention } from './useChatAttention.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { useVisualViewport } from './useVisualViewport.ts';
import { RecruiterCard } from './RecruiterCard.tsx';
import { RecordingConsent } from './RecordingConsent.tsx';

/** From this width the chat sits beside the video; below it, it is a sheet the Chat button opens. */
const sideChatQuery = '(min-width: 62.5rem)';

/** Where the self view sits; "Move self view" takes it round the corners, out of the way of what matters. */
const selfCorners = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;

type Props = {
  machine: CallMachine;
  link: JoinLink;
  info: RoomInfo;
  host: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
};

function selfPlaceholder(snapshot: CallSnapshot): string | null {
  if (snapshot.cameraOff) return 'Your camera is off';
  if (snapshot.localStream) return snapshot.localStream.getVideoTracks().length === 0 ? 'No camera' : null;
  switch (snapshot.mediaProblem) {
    case null:
      return 'Starting your camera…';
    case 'denied':
    case 'insecure':
      return 'Your camera is blocked';
    case 'no-devices':
      return 'No camera found';
    case 'in-use':
      return 'Your camera is in use by another app';
    case 'unknown':
      return 'Your camera could not start';
  }
}

/**
 * The lobby (name and Join first, then the preview and pickers; the waiting room) and the call, as one tree:
 * the self view is the same <video> element throughout, so it does not restart at the moment the call connects.
 */
export function JoinRoom({ machine, link, info, host, heading }: Props) {
  const snapshot = useCallSnapshot(machine);
  // The call layout takes over once the recruiter's media arrives (or, with no media either way, once connected);
  // until then the offer and answer are exchanged without a big re-render competing with them for the CPU.
  const inCall =
    snapshot.state === 'connected' ||
    snapshot.state === 'reconnecting' ||
    (snapshot.state === 'connecting' && snapshot.remoteStream !== null);
  const waiting = snapshot.admission === 'waiting' && !inCall;
  const connecting = snapshot.state === 'connecting' && !inCall;
  const connected = snapshot.state === 'connected';
  const sideChat = useMediaQuery(sideChatQuery);
  const [chatOpen, setChatOpen] = useState(false);
  const [selfCorner, setSelfCorner] = useState(0);
  const unread = useChatAttention(snapshot.chat, inCall && (sideChat || chatOpen));
  const hasMicrophone = (snapshot.localStream?.getAudioTracks().length ?? 0) > 0;
  const hasCamera = (snapshot.localStream?.getVideoTracks().length ?? 0) > 0;
  useVisualViewport(inCall);

  // Opening the sheet puts the cursor in the message box, ready to reply.
  useEffect(() => {
    if (chatOpen) document.querySelector<HTMLInputElement>('.join-chat-sheet .chat-form .input')?.focus();
  }, [chatOpen]);

  // The screen stays on from the waiting room to the end of the call.
  const [wakeLock] = useState(
    () =>
      new ScreenWakeLock(
        (navigator as { wakeLock?: ConstructorParameters<typeof ScreenWakeLock>[0] }).wakeLock,
        document,
      ),
  );
  const keepAwake = waiting || connecting || inCall;
  useEffect(() => {
    if (!keepAwake) return;
    wakeLock.hold();
    return () => wakeLock.release();
  }, [keepAwake, wakeLock]);

  return (
    <main
      className={inCall ? 'join join-call' : 'join join-lobby'}
      data-self-corner={inCall ? selfCorners[selfCorner] : undefined}
    >
      {inCall ? (
        <h1 ref={heading} tabIndex={-1} className="visually-hidden">
          Interview with {host}
        </h1>
      ) : (
        <header className="join-header">
          <h1 ref={heading} tabIndex={-1}>
            {connecting
              ? `You’re in! Connecting to ${host}…`
              : waiting
                ? 'You are in the waiting room'
                : `Join your interview with ${host}`}
          </h1>
        </header>
      )}

      <div className={inCall ? 'join-call-layout' : 'join-layout'}>
        {!inCall && (
          <div className="join-start">
            <JoinForm
              machine={machine}
              link={link}
              host={host}
              phase={connecting ? 'connecting' : waiting ? 'waiting' : 'form'}
              signalingOnline={snapshot.signalingOnline}
            />
            {/* After Join, so Join stays above the fold on a 568 px phone. */}
            {!waiting && !connecting && <RecruiterCard info={info} />}
          </div>
        )}

        <section className="join-preview" aria-label={inCall ? 'Call' : 'Camera and microphone'}>
          <VideoStage
            snapshot={snapshot}
            inCall={inCall}
            previewClassName="join-stage"
            remoteLabel="Recruiter video"
            remoteCameraOffText={`${capitalize(host)}’s camera is off`}
            selfPlaceholder={selfPlaceholder(snapshot)}
          />

          {inCall && (
            <button
              type="button"
              className="join-self-move"
              aria-label="Move self view"
              title="Move self view"
              onClick={() => setSelfCorner((selfCorner + 1) % selfCorners.length)}
            >
              <Icon name="move" />
            </button>
          )}

          {inCall && (
            <div className="join-call-status" aria-live="polite">
              {snapshot.state === 'connecting' && <p role="status">Connecting to {host}…</p>}
              {snapshot.state === 'reconnecting' && (
                <p role="status" className="call-notice">
                  Connection lost. Reconnecting…
                </p>
              )}
              {connected && snapshot.remote.muted && <p className="call-notice">Recruiter is muted</p>}
              <QualityIndicator snapshot={snapshot} otherSide="Recruiter’s side" />
            </div>
          )}

          <div className="join-notices">
            <RecordingConsent machine={machine} snapshot={snapshot} host={capitalize(host)} />
            <JoinMediaHelp machine={machine} snapshot={snapshot} host={host} />
            <DeviceNotice machine={machine} snapshot={snapshot} />
          </div>

          {!inCall && (
            <>
              {(hasMicrophone || hasCamera) && (
                <div className="join-preview-toggles">
                  {hasMicrophone && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => machine.setMuted(!snapshot.muted)}
                    >
                      {snapshot.muted ? 'Unmute' : 'Mute'}
                    </button>
                  )}
                  {hasCamera && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => machine.setCameraOff(!snapshot.cameraOff)}
                    >
                      {snapshot.cameraOff ? 'Turn camera on' : 'Turn camera off'}
                    </button>
                  )}
                </div>
              )}
              <DevicePickers machine={machine} snapshot={snapshot} />
              {hasMicrophone && <MicrophoneLevel stream={snapshot.localStream} muted={snapshot.muted} />}
            </>
          )}
        </section>

        {inCall && (
          <div className="join-chat-sheet" data-open={chatOpen || undefined}>
            <ChatPanel machine={machine} snapshot={snapshot} />
            <DeviceSettings machine={machine} snapshot={snapshot} className="join-devices" />
          </div>
        )}
      </div>

      {inCall && (
        <JoinControlBar
          machine={machine}
          snapshot={snapshot}
          host={host}
          chatOpen={sideChat || chatOpen}
          unread={unread}
          onToggleChat={() => setChatOpen(!chatOpen)}
        />
      )}
    </main>
  );
}
