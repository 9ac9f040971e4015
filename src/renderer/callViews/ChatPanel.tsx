import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { chatAuthorLabel } from './chatAuthorLabel.ts';
import { ChatList } from './ChatList.tsx';

/** Chat over the call's data channel: a "Chat" log, a "Message" box and "Send". */
export function ChatPanel({ machine, snapshot }: { machine: CallMachine; snapshot: CallSnapshot }) {
  const otherRole = snapshot.role === 'host' ? 'Candidate' : 'Recruiter';
  const [draft, setDraft] = useState('');
  const log = useRef<HTMLElement>(null);
  const headingId = useId();
  const inputId = useId();
  const canSend = snapshot.state === 'connected';

  useEffect(() => {
    const element = log.current;
    // An empty log has nothing to scroll to, and reading scrollHeight would force a layout just as the call opens.
    if (element && snapshot.chat.length > 0) element.scrollTop = element.scrollHeight;
  }, [snapshot.chat.length]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (machine.sendChat(draft)) setDraft('');
  };

  return (
    <section className="chat" aria-labelledby={headingId}>
      <h2 id={headingId} className="chat-title">
        Chat
      </h2>
      <ChatList
        listRef={log}
        role="log"
        aria-label="Chat"
        lines={snapshot.chat.map((line) => ({
          id: line.id,
          from: line.from,
          author: chatAuthorLabel(line.from === 'local', line.name, otherRole),
          sentAt: line.sentAt,
          text: line.text,
        }))}
      />
      <form className="chat-form" onSubmit={send}>
        <label htmlFor={inputId} className="visually-hidden">
          Message
        </label>
        <input
          id={inputId}
          className="input"
          value={draft}
          maxLength={4000}
          autoComplete="off"
          placeholder={canSend ? 'Write a message' : 'Chat opens when you are connected'}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button" disabled={!canSend || draft.trim() === ''}>
          Send
        </button>
      </form>
    </section>
  );
}
