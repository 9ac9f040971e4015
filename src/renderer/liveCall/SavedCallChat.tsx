import { useId } from 'react';
import { api } from '../api/api.ts';
import { useQuery } from '../ui/useQuery.ts';

/** The chat of this interview's calls, as kept with it; nothing at all when there was none. */
export function SavedCallChat({ interviewId, version }: { interviewId: string; version: string }) {
  const query = useQuery(`call-chat:${interviewId}:${version}`, () => api.calls.listChat({ interviewId }));
  const headingId = useId();
  if (query.status !== 'ready' || query.data.messages.length === 0) return null;
  const { messages } = query.data;
  return (
    <details className="saved-call-chat">
      <summary id={headingId}>
        Call chat ({messages.length === 1 ? '1 message' : `${messages.length} messages`})
      </summary>
      <ol className="chat-log" aria-labelledby={headingId}>
        {messages.map((line) => (
          <li key={line.id} className="chat-line" data-from={line.author}>
            <span className="chat-author">
              {line.authorName || (line.author === 'recruiter' ? 'You' : 'Candidate')}
            </span>{' '}
            <time className="chat-time" dateTime={line.sentAt}>
              {new Date(line.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
            </time>
            <p className="chat-text">{line.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
