import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function scorecardHandlers(context: HandlerContext): GroupHandlers<'scorecards'> {
  const { scorecards } = context.repositories;
  const now = () => clockOf(context)().toISOString();
  return {
    'scorecards.get': ({ interviewId }) => scorecards.get(interviewId),
    'scorecards.save': (input) => scorecards.save(input, now()),
    'scorecards.submit': ({ interviewId }) => scorecards.submit(interviewId, now()),
    'scorecards.reopen': ({ interviewId }) => scorecards.reopen(interviewId, now()),
    'scorecards.revisions': ({ interviewId }) => ({ items: scorecards.revisions(interviewId) }),
  };
}
