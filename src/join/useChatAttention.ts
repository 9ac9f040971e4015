import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChatMessage } from '../renderer/callEngine/CallSnapshot.ts';

function subscribeToVisibility(listener: () => void): () => void {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/**
 * Messages from the other side that the candidate has not seen: the count for the Chat button's badge, and, while
 * the tab is hidden, "(2) New message" at the front of the tab title (put back when the tab is shown again).
 */
export function useChatAttention(chat: readonly ChatMessage[], chatVisible: boolean): number {
  const remoteCount = chat.filter((line) => line.from === 'remote').length;
  const [seen, setSeen] = useState(remoteCount);
  const hidden = useSyncExternalStore(subscribeToVisibility, () => document.visibilityState === 'hidden');
  const hiddenFrom = useRef<{ count: number; title: string } | null>(null);
  // What is on screen counts as read at once (state adjusted while rendering, not in an effect).
  if (chatVisible && !hidden && seen !== remoteCount) setSeen(remoteCount);

  useEffect(() => {
    if (!hidden) {
      if (hiddenFrom.current) document.title = hiddenFrom.current.title;
      hiddenFrom.current = null;
      return;
    }
    hiddenFrom.current ??= { count: remoteCount, title: document.title };
    const fresh = remoteCount - hiddenFrom.current.count;
    document.title =
      fresh > 0
        ? `(${fresh}) New message${fresh === 1 ? '' : 's'} · ${hiddenFrom.current.title}`
        : hiddenFrom.current.title;
  }, [hidden, remoteCount]);

  return Math.max(0, remoteCount - seen);
}
