import type { Ref } from 'react';

/** One chat message as the list shows it; `from` tells the styles whose it is. */
export type ChatListLine = { id: string; from: string; author: string; sentAt: string; text: string };

type Props = {
  lines: readonly ChatListLine[];
  listRef?: Ref<HTMLOListElement>;
  role?: 'log';
  'aria-label'?: string;
  'aria-labelledby'?: string;
};

/** Chat messages, oldest first, each with its author and time: the live call's chat and a call's saved chat. */
export function ChatList({ lines, listRef, ...labelling }: Props) {
  return (
    <ol ref={listRef} className="chat-log" {...labelling}>
      {lines.map((line) => (
        <li key={line.id} className="chat-line" data-from={line.from}>
          <span className="chat-author">{line.author}</span>{' '}
          <time className="chat-time" dateTime={line.sentAt}>
            {new Date(line.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </time>
          <p className="chat-text">{line.text}</p>
        </li>
      ))}
    </ol>
  );
}
