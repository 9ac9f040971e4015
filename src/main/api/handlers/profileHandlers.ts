import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';
import { clockOf } from './clockOf.ts';

export function profileHandlers(context: HandlerContext): GroupHandlers<'profile'> {
  const { profile } = context.repositories;
  const now = () => clockOf(context)().toISOString();
  const answering = () => ({
    slaWorkingDays: profile.slaWorkingDays(),
    rejectionReasons: profile.rejectionReasons(),
  });
  return {
    'profile.get': () => profile.get(),
    'profile.update': (changes) => profile.update(changes, now()),
    'profile.skip': () => profile.skip(now()),
    'profile.answering': () => answering(),
    'profile.updateAnswering': (changes) => {
      profile.updateAnswering(changes, now());
      return answering();
    },
  };
}
