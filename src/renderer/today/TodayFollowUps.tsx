import { useState } from 'react';
import type { TodayOverview } from '../../shared/schemas/todayOverview.ts';
import { api } from '../api/api.ts';
import { formatLocalDate } from '../lib/formatLocalDate.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** Open follow-ups due this week or overdue, each one click from done. */
export function TodayFollowUps({
  followUps,
  today,
  onChanged,
}: {
  followUps: TodayOverview['followUps'];
  today: string;
  onChanged: () => void;
}) {
  const announce = useAnnounce();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section className="card today-card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title" className="section-title">
        Follow-ups
        {followUps.overdue > 0 && (
          <span className="count-badge count-badge-late">{followUps.overdue} overdue</span>
        )}
      </h2>
      {failure !== null && <ErrorAlert error={failure} />}
      {followUps.items.length === 0 ? (
        <p className="empty-note">No follow-ups this week.</p>
      ) : (
        <ul className="today-list" aria-labelledby="follow-ups-title">
          {followUps.items.map((item) => {
            const overdue = item.dueOn < today;
            return (
              <li key={item.id} className="today-row" data-late={overdue || undefined}>
                <div className="today-row-main">
                  <span className="today-row-title">{item.title}</span>
                  <span className="today-row-detail">
                    <a href={routeHref({ name: 'candidate', id: item.candidateId })}>{item.candidateName}</a>{' '}
                    ·{' '}
                    {overdue ? (
                      <strong className="late">Overdue since {formatLocalDate(item.dueOn)}</strong>
                    ) : item.dueOn === today ? (
                      'Due today'
                    ) : (
                      `Due ${formatLocalDate(item.dueOn)}`
                    )}
                  </span>
                </div>
                <div className="today-row-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void api.followUps.complete({ id: item.id }).then(() => {
                        announce(`Follow-up with ${item.candidateName} done.`);
                        onChanged();
                      }, setFailure)
                    }
                  >
                    Done
                    <span className="visually-hidden">
                      {' '}
                      with {item.title} ({item.candidateName})
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
