import { buildTodayOverview } from '../../services/today/buildTodayOverview.ts';
import type { RecordScans } from '../../services/today/RecordScans.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function todayHandlers(context: HandlerContext): GroupHandlers<'today'> {
  const { today, followUps, profile, touchpoints, candidates } = context.repositories;
  const clock = clockOf(context);
  // The record scans 90 days of interviews; between writes it cannot change within a day, so it is kept.
  const recordCache = new Map<string, RecordScans>();
  return {
    'today.get': ({ timeZone, limit }) =>
      buildTodayOverview({
        today,
        followUps,
        profile: profile.get(),
        slaWorkingDays: profile.slaWorkingDays(),
        now: clock(),
        timeZone,
        limit,
        recordCache,
      }),
    'today.markAnswered': ({ candidateId, note }) => {
      const candidate = candidates.get(candidateId);
      touchpoints.record(
        { candidateId: candidate.id, kind: 'replied', title: 'Answered', detail: note || null },
        clock().toISOString(),
      );
      return { answered: true as const };
    },
  };
}
