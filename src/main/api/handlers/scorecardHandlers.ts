import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function scorecardHandlers({ repositories }: HandlerContext): GroupHandlers<'scorecards'> {
  const { scorecards } = repositories;
  return {
    'scorecards.get': ({ interviewId }) => scorecards.get(interviewId),
    'scorecards.save': (input) => scorecards.save(input),
    'scorecards.submit': ({ interviewId }) => scorecards.submit(interviewId),
    'scorecards.revisions': ({ interviewId }) => ({ items: scorecards.revisions(interviewId) }),
  };
}
