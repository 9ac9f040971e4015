import { useId } from 'react';
import { api } from '../api/api.ts';
import { chatAuthorLabel } from '../callViews/chatAuthorLabel.ts';
import { ChatList } from '../callViews/ChatList.tsx';
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
      <ChatList
        aria-labelledby={headingId}
        lines={messages.map((line) => ({
          id: line.id,
          from: line.author,
          author:
            line.author === 'recruiter'
              ? line.authorName || 'You'
              : chatAuthorLabel(false, line.authorName, 'Candidate'),
          sentAt: line.sentAt,
          text: line.text,
        }))}
      />
    </details>
  );
}
