import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import { createCallMachine } from '../renderer/callEngine/createCallMachine.ts';
import { warmUpSocket } from '../renderer/callEngine/warmSocket.ts';
import { onDevicesChanged } from '../renderer/callEngine/MediaDevices.ts';
import { CallControls } from '../renderer/callViews/CallControls.tsx';
import { ChatPanel } from '../renderer/callViews/ChatPanel.tsx';
import { describeCallProblem } from '../renderer/callViews/describeCallProblem.ts';
import { DevicePickers } from '../renderer/callViews/DevicePickers.tsx';
import { DeviceSettings } from '../renderer/callViews/DeviceSettings.tsx';
import { exposeCallForTests } from '../renderer/callViews/exposeCallForTests.ts';
import { MicrophoneLevel } from '../renderer/callViews/MicrophoneLevel.tsx';
import { useCallSnapshot } from '../renderer/callViews/useCallSnapshot.ts';
import { MediaAlert } from '../renderer/callViews/MediaAlert.tsx';
import { VideoStage } from '../renderer/callViews/VideoStage.tsx';
import type { JoinLink } from './joinLink.ts';
import type { RoomInfo } from './RoomInfo.ts';

type Props = { link: JoinLink; info: RoomInfo };

const nameStorageKey = 'rapport.join.name';

function webSocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}

function rememberedName(): string {
  try {
    return localStorage.getItem(nameStorageKey) ?? '';
  } catch {
    return '';
  }
}

/** The candidate's side of the call: preview and consent, waiting room, the call, and how it ended. */
export function JoinPage({ link, info }: Props) {
  const [machine] = useState<CallMachine>(() => createCallMachine('guest'));
  const snapshot = useCallSnapshot(machine);
  const host = info.hostName ?? 'your interviewer';
  const heading = useRef<HTMLHeadingElement>(null);
  const phase =
    snapshot.state === 'lobby'
      ? `lobby-${snapshot.admission}`
      : snapshot.state === 'reconnecting'
        ? 'connected'
        : snapshot.state;

  useEffect(() => {
    void machine.openLobby();
    const stopWatchingDevices = onDevicesChanged(() => void machine.refreshDevices());
    const hideHooks = exposeCallForTests(machine);
    const leave = () => machine.end();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      stopWatchingDevices();
      hideHooks();
    };
  }, [machine]);

  // Each new phase gets its heading focused, so screen-reader users hear where they are.
  const firstPhase = useRef(true);
  useEffect(() => {
    if (firstPhase.current) {
      firstPhase.current = false;
      return;
    }
    heading.current?.focus();
  }, [phase]);

  useEffect(() => {
    const titles: Record<string, string> = {
      'lobby-none': 'Join your interview',
      'lobby-waiting': 'Waiting to be let in',
      'lobby-admitted': 'Connecting',
      connecting: 'Connecting',
      connected: 'In your interview',
      ended: 'The interview has ended',
      failed: 'Could not join',
    };
    document.title = `${titles[phase] ?? 'Join your interview'} · Rapport`;
  }, [phase]);

  if (snapshot.state === 'failed' && snapshot.problem) {
    const { title, detail } = describeCallProblem(snapshot.problem, host);
    return (
      <main className="join">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <div role="alert" className="alert alert-error">
          <p>{detail}</p>
        </div>
        {(snapshot.problem === 'connection_lost' || snapshot.problem === 'server_unreachable') && (
          <button type="button" className="button button-primary" onClick={() => location.reload()}>
            Join again
          </button>
        )}
      </main>
    );
  }

  if (snapshot.state === 'ended') {
    return (
      <main className="join">
        <h1 ref={heading} tabIndex={-1}>
          {snapshot.endedBy === 'remote' ? 'The interview has ended' : 'You left the call'}
        </h1>
        <p role="status">
          {snapshot.endedBy === 'remote'
            ? `${capitalize(host)} ended the call. Thank you for your time!`
            : 'You can close this page. Left by mistake? Join again with the same link.'}
        </p>
        {snapshot.endedBy !== 'remote' && (
          <button type="button" className="button" onClick={() => location.reload()}>
            Join again
          </button>
        )}
      </main>
    );
  }

  return <Room machine={machine} link={link} info={info} host={host} heading={heading} />;
}

/**
 * The lobby (preview, consent, name, waiting room) and the call, as one tree: the self view is the same <video>
 * element throughout, so it does not restart at the moment the call connects.
 */
function Room({
  machine,
  link,
  info,
  host,
  heading,
}: {
  machine: CallMachine;
  link: JoinLink;
  info: RoomInfo;
  host: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
}) {
  const snapshot = useCallSnapshot(machine);
  // The call layout takes over once the recruiter's media arrives; until then the offer and answer are exchanged
  // without a big re-render competing with them for the CPU.
  const inCall =
    snapshot.state === 'connected' ||
    snapshot.state === 'reconnecting' ||
    (snapshot.state === 'connecting' && snapshot.remoteStream !== null);
  const waiting = snapshot.admission === 'waiting' && !inCall;
  const connecting = snapshot.state === 'connecting' && !inCall;
  const connected = snapshot.state === 'connected';

  return (
    <main className={inCall ? 'join join-call' : 'join'}>
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
          {info.intro && !waiting && !connecting && (
            <blockquote className="join-intro">
              <p>{info.intro}</p>
              {info.hostName && <footer>— {info.hostName}</footer>}
            </blockquote>
          )}
        </header>
      )}

      <div className={inCall ? 'join-call-layout' : 'join-layout'}>
        <section className="join-preview" aria-label={inCall ? 'Call' : 'Camera and microphone'}>
          <VideoStage
            snapshot={snapshot}
            inCall={inCall}
            previewClassName="join-stage"
            remoteLabel="Recruiter video"
            remoteCameraOffText={`${capitalize(host)}’s camera is off`}
            selfPlaceholder={
              snapshot.cameraOff
                ? 'Your camera is off'
                : snapshot.localStream && snapshot.localStream.getVideoTracks().length === 0
                  ? 'No camera'
                  : snapshot.localStream
                    ? null
                    : 'Starting your camera…'
            }
          />

          {inCall ? (
            <div className="join-call-status" aria-live="polite">
              {snapshot.state === 'connecting' && <p role="status">Connecting to {host}…</p>}
              {snapshot.state === 'reconnecting' && (
                <p role="status" className="call-notice">
                  Connection lost. Reconnecting…
                </p>
              )}
              {connected && snapshot.remote.muted && <p className="call-notice">Recruiter is muted</p>}
            </div>
          ) : null}

          <MediaAlert
            machine={machine}
            snapshot={snapshot}
            title={
              snapshot.mediaProblem === 'denied'
                ? 'Camera and microphone are blocked'
                : snapshot.mediaProblem === 'no-devices'
                  ? 'No camera or microphone found'
                  : 'Your camera or microphone is not working'
            }
          />

          {inCall ? (
            <CallControls
              machine={machine}
              snapshot={snapshot}
              hangUpLabel="Leave call"
              onHangUp={() => machine.end()}
            />
          ) : (
            <>
              <DevicePickers machine={machine} snapshot={snapshot} />
              <MicrophoneLevel stream={snapshot.localStream} muted={snapshot.muted} />
              <div className="call-controls">
                <button type="button" className="button" onClick={() => machine.setMuted(!snapshot.muted)}>
                  {snapshot.muted ? 'Unmute' : 'Mute'}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => machine.setCameraOff(!snapshot.cameraOff)}
                >
                  {snapshot.cameraOff ? 'Turn camera on' : 'Turn camera off'}
                </button>
              </div>
            </>
          )}
        </section>

        {inCall ? (
          <div className="join-call-side">
            <ChatPanel machine={machine} snapshot={snapshot} />
            <DeviceSettings machine={machine} snapshot={snapshot} className="join-devices" />
          </div>
        ) : (
          <JoinForm
            machine={machine}
            link={link}
            host={host}
            phase={connecting ? 'connecting' : waiting ? 'waiting' : 'form'}
            signalingOnline={snapshot.signalingOnline}
          />
        )}
      </div>
    </main>
  );
}

function JoinForm({
  machine,
  link,
  host,
  phase,
  signalingOnline,
}: {
  machine: CallMachine;
  link: JoinLink;
  host: string;
  phase: 'form' | 'waiting' | 'connecting';
  signalingOnline: boolean;
}) {
  const [name, setName] = useState(rememberedName);
  const [nameError, setNameError] = useState<string | null>(null);
  const nameId = useId();
  const nameErrorId = useId();
  const consentId = useId();

  const join = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(`Enter your name, so ${host} knows who is joining.`);
      return;
    }
    setNameError(null);
    try {
      localStorage.setItem(nameStorageKey, trimmed);
    } catch {
      // Private mode: the name is simply not remembered.
    }
    machine.connect({
      webSocketUrl: webSocketUrl(),
      roomId: link.roomId,
      token: link.token,
      name: trimmed.slice(0, 80),
    });
  };

  return (
    <section className="join-form-area" aria-label="Join">
      {phase === 'connecting' ? (
        <div className="join-waiting">
          <p role="status" className="join-waiting-message">
            Connecting to {host}…
          </p>
        </div>
      ) : phase === 'waiting' ? (
        <div className="join-waiting">
          <p role="status" className="join-waiting-message">
            Waiting for {host} to let you in
          </p>
          <p className="muted">Keep this page open. You will join the call as soon as you are admitted.</p>
          {!signalingOnline && <p className="muted">Reconnecting to the call server…</p>}
          <button type="button" className="button" onClick={() => machine.end()}>
            Leave
          </button>
        </div>
      ) : (
        <form className="join-form" onSubmit={join} noValidate>
          <section className="join-consent" aria-labelledby={consentId}>
            <h2 id={consentId}>Before you join</h2>
            <p>
              By joining, you agree that {host} will see and hear you during this interview and may take notes
              about it. The call goes directly between your browser and theirs; it is not recorded. You can
              turn off your camera or microphone, or leave, at any time.
            </p>
          </section>
          <div className="field" data-invalid={nameError ? 'true' : undefined}>
            <label className="field-label" htmlFor={nameId}>
              Your name
            </label>
            <input
              id={nameId}
              className="input"
              value={name}
              maxLength={80}
              autoComplete="name"
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? nameErrorId : undefined}
              onFocus={() => warmUpSocket(webSocketUrl())}
              onChange={(event) => {
                setName(event.target.value);
                warmUpSocket(webSocketUrl());
              }}
            />
            {nameError && (
              <p id={nameErrorId} className="field-error" role="alert">
                {nameError}
              </p>
            )}
          </div>
          <button
            type="submit"
            className="button button-primary button-large"
            aria-describedby={consentId}
            onPointerDown={() => warmUpSocket(webSocketUrl())}
          >
            Join
          </button>
        </form>
      )}
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
