import { useState } from 'react';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { formatDate } from '../lib/formatDate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { interviewStatusLabels } from '../lib/interviewStatusLabels.ts';
import { StartInterviewDialog } from './StartInterviewDialog.tsx';
import './candidateInterviews.css';

/**
 * The candidate's interviews, newest first, on their profile: each links to its notes and scorecard.
 * "Start interview" plans one from a kit and opens it.
 */
export function CandidateInterviews({
  candidateId,
  canStart,
  navigate,
}: {
  candidateId: string;
  /** False for a candidate in the Trash. */
  canStart: boolean;
  navigate: Navigate;
}) {
  const query = useQuery(`interviews:${candidateId}`, () => api.interviews.list({ candidateId }));
  const [starting, setStarting] = useState(false);
  return (
    <section className="card candidate-interviews" aria-labelledby="candidate-interviews-title">
      <div className="section-header">
        <h2 id="candidate-interviews-title" className="section-title">
          Interviews
        </h2>
        {canStart && (
          <button type="button" className="button button-primary" onClick={() => setStarting(true)}>
            Start interview
          </button>
        )}
      </div>
      {query.status === 'error' && (
        <ErrorAlert title="The interviews could not be loaded." error={query.error} onRetry={query.reload} />
      )}
      {query.status === 'ready' && query.data.items.length === 0 && (
        <p className="muted">No interviews yet.</p>
      )}
      {query.status === 'ready' && query.data.items.length > 0 && (
        <ol className="interview-timeline" aria-label="Interview timeline">
          {query.data.items.map((interview) => {
            const when = interview.startedAt ?? interview.scheduledAt ?? interview.createdAt;
            return (
              <li key={interview.id} className="interview-timeline-item">
                <time dateTime={when} className="interview-timeline-date">
                  {formatDate(when, true)}
                </time>
                <a
                  href={routeHref({ name: 'interview', id: interview.id })}
                  className="interview-timeline-link"
                >
                  {interview.title}
                </a>
                <span className="muted">
                  {' '}
                  · {interview.kit?.name ?? 'No kit'} · {interviewStatusLabels[interview.status]}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <StartInterviewDialog
        candidateId={candidateId}
        open={starting}
        onClose={() => setStarting(false)}
        onStarted={(interviewId) => {
          setStarting(false);
          navigate({ name: 'interview', id: interviewId });
        }}
      />
    </section>
  );
}
