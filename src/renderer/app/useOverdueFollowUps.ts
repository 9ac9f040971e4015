import { useEffect, useState } from 'react';
import { api } from '../api/api.ts';
import { recruiterTimeZone } from '../lib/recruiterTimeZone.ts';

const everyMilliseconds = 60_000;

/**
 * How many follow-ups are overdue, for the badge on Today, checked every minute and on every screen change.
 * Each newly overdue one is announced once: by the desktop app's notification, or here by the browser's
 * Notification API where the recruiter allowed it.
 */
export function useOverdueFollowUps(screen: string): number {
  const [overdue, setOverdue] = useState(0);
  useEffect(() => {
    let current = true;
    const check = async () => {
      try {
        const timeZone = recruiterTimeZone();
        const [today, fresh] = await Promise.all([
          api.today.get({ timeZone, limit: 1 }),
          api.followUps.takeOverdue({ timeZone }),
        ]);
        if (!current) return;
        setOverdue(today.followUps.overdue);
        const first = fresh.items[0];
        if (
          first &&
          !fresh.shownOnDesktop &&
          typeof Notification !== 'undefined' &&
          Notification.permission === 'granted'
        ) {
          new Notification(
            fresh.items.length === 1
              ? `Follow-up overdue: ${first.candidateName}`
              : `${fresh.items.length} follow-ups overdue`,
            {
              body: fresh.items.length === 1 ? first.title : 'Open Rapport to see them on Today.',
              tag: 'rapport-overdue',
            },
          );
        }
      } catch {
        // The badge is a hint; a failed check simply leaves the last count.
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), everyMilliseconds);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [screen]);
  return overdue;
}
