import { useState } from 'react';
import { api } from '../api/api.ts';
import { formatLocalDate } from '../lib/formatLocalDate.ts';
import { localToday } from '../lib/localToday.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';

/** The candidate's open follow-ups, soonest first, each one click from done. */
export function CandidateFollowUps({
  candidateId,
  refreshKey,
  onChanged,
}: {
  candidateId: string;
  refreshKey: string;
  onChanged: () => void;
}) {
  const query = useQuery(`follow-ups:${candidateId}:${refreshKey}`, () =>
    api.followUps.list({ candidateId }),
  );
  const announce = useAnnounce();
  const [failure, setFailure] = useState<unknown>(null);
  const today = localToday();
  const open = query.status === 'ready' ? query.data.items.filter((item) => item.doneAt === null) : [];
  if (query.status === 'ready' && open.length === 0) return null;
  return (
    <section className="card candidate-follow-ups" aria-labelledby="candidate-follow-ups-title">
      <h2 id="candidate-follow-ups-title" className="section-title">
        Follow-ups
      </h2>
      {query.status === 'error' && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {failure !== null && <ErrorAlert error={failure} />}
      <ul className="follow-up-list" aria-labelledby="candidate-follow-ups-title">
        {open.map((item) => (
          <li key={item.id} className="follow-up-item" data-late={item.dueOn < today || undefined}>
            <span>
              <strong>{item.title}</strong>
              <span className="muted">
                {' '}
                · {item.dueOn < today ? 'overdue since' : 'due'} {formatLocalDate(item.dueOn)}
              </span>
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void api.followUps.complete({ id: item.id }).then(() => {
                  announce('Follow-up done.');
                  query.reload();
                  onChanged();
                }, setFailure)
              }
            >
              Done<span className="visually-hidden"> with {item.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
