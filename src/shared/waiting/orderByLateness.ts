import type { WaitingCandidate } from '../schemas/waitingCandidate.ts';
import { measureWait, type WaitClock } from './measureWait.ts';
import type { WaitRow } from './WaitRow.ts';

/**
 * Merges waits into one list, latest first, one row per candidate (their latest reason). Each input must already
 * be in lateness order (oldest first), which the storage indexes give; lateness falls along each, so a merge of
 * their heads is the whole order. Ties go to the longer wait, then to the name.
 */
export function orderByLateness(
  sources: readonly (readonly WaitRow[])[],
  clock: WaitClock,
  limit: number,
): WaitingCandidate[] {
  const measured = sources.map((rows) => rows.map((row) => ({ row, wait: measureWait(row, clock) })));
  const positions = measured.map(() => 0);
  const seen = new Set<string>();
  const result: WaitingCandidate[] = [];
  while (result.length < limit) {
    let best = -1;
    for (let source = 0; source < measured.length; source += 1) {
      const head = measured[source]![positions[source]!];
      if (!head) continue;
      const current = best === -1 ? undefined : measured[best]![positions[best]!];
      if (
        !current ||
        head.wait.lateness > current.wait.lateness ||
        (head.wait.lateness === current.wait.lateness &&
          (head.wait.since < current.wait.since ||
            (head.wait.since === current.wait.since &&
              head.row.candidateName.localeCompare(current.row.candidateName) < 0)))
      ) {
        best = source;
      }
    }
    if (best === -1) break;
    const { row, wait } = measured[best]![positions[best]!]!;
    positions[best] = positions[best]! + 1;
    if (seen.has(row.candidateId)) continue;
    seen.add(row.candidateId);
    result.push({
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      stageId: row.stageId,
      reason: row.reason,
      since: wait.since,
      days: wait.days,
      workingDays: wait.workingDays,
      lateness: wait.lateness,
      about: row.about,
      interviewId: row.interviewId,
      followUpId: row.followUpId,
    });
  }
  return result;
}
