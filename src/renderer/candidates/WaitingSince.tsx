import type { Candidate } from '../../shared/schemas/candidate.ts';
import { formatDate } from '../lib/formatDate.ts';
import { localToday } from '../lib/localToday.ts';

/** Since when a candidate has waited on the recruiter: an unanswered interview or stage change, or a follow-up due. */
export function WaitingSince({ candidate }: { candidate: Candidate }) {
  const due =
    candidate.followUpDueOn !== null && candidate.followUpDueOn <= localToday()
      ? candidate.followUpDueOn
      : null;
  const dueStart = due === null ? null : new Date(`${due}T00:00:00`).toISOString();
  const since =
    candidate.waitingSince === null
      ? dueStart
      : dueStart === null || candidate.waitingSince < dueStart
        ? candidate.waitingSince
        : dueStart;
  if (since === null) return <span className="muted">—</span>;
  return (
    <time dateTime={since} title={formatDate(since, true)} className="waiting-since">
      {formatDate(since)}
    </time>
  );
}
