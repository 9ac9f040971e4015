import { useId, useState, type FormEvent } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import { warmUpSocket } from '../renderer/callEngine/warmSocket.ts';
import type { JoinLink } from './joinLink.ts';
import { joinWebSocketUrl } from './joinWebSocketUrl.ts';

const nameStorageKey = 'rapport.join.name';

function rememberedName(): string {
  try {
    return localStorage.getItem(nameStorageKey) ?? '';
  } catch {
    return '';
  }
}

/**
 * Name, consent and Join, first on the page so Join is above the fold on a 568 px phone; then "Waiting for … to
 * let you in" with Leave, then "Connecting…".
 */
export function JoinForm({
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
      webSocketUrl: joinWebSocketUrl(),
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
              onFocus={() => warmUpSocket(joinWebSocketUrl())}
              onChange={(event) => {
                setName(event.target.value);
                warmUpSocket(joinWebSocketUrl());
              }}
            />
            {nameError && (
              <p id={nameErrorId} className="field-error" role="alert">
                {nameError}
              </p>
            )}
          </div>
          <section className="join-consent" aria-labelledby={consentId}>
            <h2 id={consentId}>Before you join</h2>
            <p>
              By joining, you agree that {host} will see and hear you during this interview and may take notes
              about it. The call goes directly between your browser and theirs; it is not recorded. You can
              turn off your camera or microphone, or leave, at any time.
            </p>
          </section>
          <button
            type="submit"
            className="button button-primary button-large"
            aria-describedby={consentId}
            onPointerDown={() => warmUpSocket(joinWebSocketUrl())}
          >
            Join
          </button>
        </form>
      )}
    </section>
  );
}
