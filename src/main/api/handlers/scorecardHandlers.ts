import { ScorecardRepository } from '../../storage/repositories/ScorecardRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function scorecardHandlers({ database }: HandlerContext): GroupHandlers<'scorecards'> {
  const scorecards = new ScorecardRepository(database);
  return {
    'scorecards.get': ({ interviewId }) => scorecards.get(interviewId),
    'scorecards.save': (input) => scorecards.save(input),
    'scorecards.submit': ({ interviewId }) => scorecards.submit(interviewId),
    'scorecards.revisions': ({ interviewId }) => ({ items: scorecards.revisions(interviewId) }),
  };
}
