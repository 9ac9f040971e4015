import { useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Invitation } from '../../shared/schemas/invitation.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { formatDate } from '../lib/formatDate.ts';
import { formatTimeIn } from '../lib/formatTimeIn.ts';
import { InvitationDialog } from '../outreach/InvitationDialog.tsx';
import { ScheduleDialog } from '../outreach/ScheduleDialog.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { interviewStatusLabels } from '../lib/interviewStatusLabels.ts';
import { StartInterviewDialog } from './StartInterviewDialog.tsx';
import './candidateInterviews.css';

/**
 * The candidate's interviews, newest first, on their profile: each links to its notes and scorecard; a
 * scheduled one can be moved or cancelled, and its invitation fetched again. "Start interview" starts one now.
 */
export function CandidateInterviews({
  candidate,
  refreshKey,
  canStart,
  navigate,
  onChanged,
}: {
  candidate: Candidate;
  /** Reloads the list when it changes. */
  refreshKey: string;
  /** False for a candidate in the Trash. */
  canStart: boolean;
  navigate: Navigate;
  onChanged: () => void;
}) {
  const candidateId = candidate.id;
  const query = useQuery(`interviews:${candidateId}:${refreshKey}`, () =>
    api.interviews.list({ candidateId }),
  );
  const [starting, setStarting] = useState(false);
  const [moving, setMoving] = useState<Interview | null>(null);
  const [cancelling, setCancelling] = useState<Interview | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function act(action: () => Promise<Invitation>) {
    setFailure(null);
    try {
      setInvitation(await action());
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="card candidate-interviews" aria-labelledby="candidate-interviews-title">
      <div className="section-header">
        <h2 id="candidate-interviews-title" className="section-title">
          Interviews
        </h2>
        {canStart && (
          <button type="button" className="button" onClick={() => setStarting(true)}>
            Start interview
          </button>
        )}
      </div>
      {query.status === 'error' && (
        <ErrorAlert title="The interviews could not be loaded." error={query.error} onRetry={query.reload} />
      )}
      {failure !== null && <ErrorAlert error={failure} />}
      {query.status === 'ready' && query.data.items.length === 0 && (
        <p className="muted">No interviews yet.</p>
      )}
      {query.status === 'ready' && query.data.items.length > 0 && (
        <ol className="interview-timeline" aria-label="Interview timeline">
          {query.data.items.map((interview) => {
            const when = interview.startedAt ?? interview.scheduledAt ?? interview.createdAt;
            const scheduled =
              interview.status === 'planned' &&
              interview.scheduledAt !== null &&
              interview.cancelledAt === null;
            return (
              <li key={interview.id} className="interview-timeline-item">
                <time dateTime={when} className="interview-timeline-date">
                  {scheduled ? formatTimeIn(when) : formatDate(when, true)}
                </time>
                <a
                  href={routeHref({ name: 'interview', id: interview.id })}
                  className="interview-timeline-link"
                >
                  {interview.title}
                </a>
                <span className="muted">
                  {' '}
                  · {interview.kit?.name ?? 'No kit'} ·{' '}
                  {interview.cancelledAt ? 'Cancelled' : interviewStatusLabels[interview.status]}
                </span>
                {scheduled && canStart && (
                  <span className="interview-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => void act(() => api.schedule.invitation({ interviewId: interview.id }))}
                    >
                      Invitation<span className="visually-hidden"> for {interview.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setMoving(interview)}
                    >
                      Move<span className="visually-hidden"> {interview.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => setCancelling(interview)}
                    >
                      Cancel<span className="visually-hidden"> {interview.title}</span>
                    </button>
                  </span>
                )}
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
      <ScheduleDialog
        open={moving !== null}
        candidate={candidate}
        interview={moving}
        onClose={() => setMoving(null)}
        onScheduled={() => onChanged()}
      />
      <ConfirmDialog
        open={cancelling !== null}
        title={`Cancel “${cancelling?.title ?? ''}”?`}
        confirmLabel="Cancel interview"
        destructive
        onConfirm={() => {
          const target = cancelling!;
          setCancelling(null);
          void act(() => api.schedule.cancel({ interviewId: target.id }).then((result) => result.invitation));
        }}
        onClose={() => setCancelling(null)}
      >
        <p>
          You get a cancellation to send {candidate.name}; their calendar removes the event when they open it.
        </p>
      </ConfirmDialog>
      <InvitationDialog
        invitation={invitation}
        candidateName={candidate.name}
        onClose={() => setInvitation(null)}
      />
    </section>
  );
}
