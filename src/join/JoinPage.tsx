import { useEffect, useRef, useState } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import { createCallMachine } from '../renderer/callEngine/createCallMachine.ts';
import { describeCallProblem } from '../renderer/callViews/describeCallProblem.ts';
import { exposeCallForTests } from '../renderer/callViews/exposeCallForTests.ts';
import { useCallSnapshot } from '../renderer/callViews/useCallSnapshot.ts';
import { capitalize } from './capitalize.ts';
import type { JoinLink } from './joinLink.ts';
import { JoinRoom } from './JoinRoom.tsx';
import type { RoomInfo } from './RoomInfo.ts';

type Props = { link: JoinLink; info: RoomInfo };

function chatStorageKey(roomId: string): string {
  return `rapport.join.chat.${roomId}`;
}

function readSavedChat(roomId: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(chatStorageKey(roomId)) ?? '[]');
  } catch {
    return [];
  }
}

/** The candidate's side of the call: preview and consent, waiting room, the call, and how it ended. */
export function JoinPage({ link, info }: Props) {
  const [machine] = useState<CallMachine>(() => {
    const created = createCallMachine('guest');
    created.restoreChat(readSavedChat(link.roomId));
    return created;
  });
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
    const hideHooks = exposeCallForTests(machine);
    const leave = () => machine.end();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      hideHooks();
    };
  }, [machine]);

  // The chat outlives "Join again" (a reload) in this tab, and only in this tab.
  useEffect(() => {
    if (snapshot.chat.length === 0) return;
    try {
      sessionStorage.setItem(chatStorageKey(link.roomId), JSON.stringify(snapshot.chat));
    } catch {
      // Storage full or off (private mode): the chat is simply not kept.
    }
  }, [snapshot.chat, link.roomId]);

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

  return <JoinRoom machine={machine} link={link} info={info} host={host} heading={heading} />;
}
