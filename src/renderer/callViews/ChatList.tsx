import type { Ref } from 'react';
import { formatClockTime } from '../../shared/time/formatClockTime.ts';

/** One chat message as the list shows it; `from` tells the styles whose it is. */
export type ChatListLine = { id: string; from: string; author: string; sentAt: string; text: string };

type Props = {
  lines: readonly ChatListLine[];
  /** The element that scrolls: the list itself, or the log around it. */
  listRef?: Ref<HTMLElement>;
  role?: 'log';
  'aria-label'?: string;
  'aria-labelledby'?: string;
};

/** Chat messages, oldest first, each with its author and time: the live call's chat and a call's saved chat. */
export function ChatList({ lines, listRef, role, ...labelling }: Props) {
  const items = lines.map((line) => (
    <li key={line.id} className="chat-line" data-from={line.from}>
      <span className="chat-author">{line.author}</span>{' '}
      <time className="chat-time" dateTime={line.sentAt}>
        {formatClockTime(line.sentAt)}
      </time>
      <p className="chat-text">{line.text}</p>
    </li>
  ));
  // A live log wraps the list, so the list keeps its own role and its items stay list items.
  if (role === 'log') {
    return (
      <div ref={listRef as Ref<HTMLDivElement>} className="chat-log" role="log" {...labelling}>
        <ol className="chat-lines">{items}</ol>
      </div>
    );
  }
  return (
    <ol ref={listRef as Ref<HTMLOListElement>} className="chat-log" {...labelling}>
      {items}
    </ol>
  );
}
