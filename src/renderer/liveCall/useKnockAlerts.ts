import { useEffect, useRef } from 'react';
import type { WaitingGuest } from '../callEngine/CallSnapshot.ts';
import { api } from '../api/api.ts';
import { playKnockSound } from './playKnockSound.ts';

/** A name from the candidate's side, made short enough for a notification's title. */
function shortName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed || 'Someone';
}

/**
 * Each new knock is heard once, on whatever screen is open: a short sound, and a desktop notification when the
 * window is not in front (the desktop app raises it; the web host has none). A failed notification is ignored.
 */
export function useKnockAlerts(waitingGuests: readonly WaitingGuest[]): void {
  const heard = useRef(new Set<string>());
  useEffect(() => {
    for (const guest of waitingGuests) {
      if (heard.current.has(guest.peerId)) continue;
      heard.current.add(guest.peerId);
      playKnockSound();
      if (document.visibilityState === 'visible' && document.hasFocus()) continue;
      void api.desktop
        .notify({ title: `${shortName(guest.name)} is waiting to join`, body: 'Admit them in Rapport.' })
        .catch(() => {});
    }
  }, [waitingGuests]);
}
