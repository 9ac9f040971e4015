import { localDateOf } from '../../../shared/waiting/localDateOf.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function followUpHandlers(context: HandlerContext): GroupHandlers<'followUps'> {
  const { followUps } = context.repositories;
  const clock = clockOf(context);
  return {
    'followUps.create': (input) => followUps.create(input, clock().toISOString()),
    'followUps.list': ({ candidateId }) => ({ items: followUps.forCandidate(candidateId) }),
    'followUps.complete': ({ id }) => followUps.complete(id, clock().toISOString()),
    'followUps.reschedule': ({ id, dueOn }) => followUps.reschedule(id, dueOn, clock().toISOString()),
    'followUps.delete': ({ id }) => {
      followUps.delete(id);
      return { deleted: true as const };
    },
    'followUps.takeOverdue': ({ timeZone }) => {
      const now = clock();
      const items = followUps.takeOverdueToNotify(localDateOf(now, timeZone), now.toISOString());
      const first = items[0];
      let shownOnDesktop = false;
      if (first && context.desktop) {
        shownOnDesktop = context.desktop.notify(
          items.length === 1
            ? `Follow-up overdue: ${first.candidateName}`
            : `${items.length} follow-ups overdue`,
          items.length === 1
            ? first.title
            : items.map((item) => `${item.candidateName}: ${item.title}`).join('\n'),
          'today',
        );
      }
      return { items, shownOnDesktop };
    },
  };
}
