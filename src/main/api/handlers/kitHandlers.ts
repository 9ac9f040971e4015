import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function kitHandlers({ repositories }: HandlerContext): GroupHandlers<'kits'> {
  const { kits } = repositories;
  return {
    'kits.list': ({ query, includeDeleted }) => ({ items: kits.list(query, includeDeleted) }),
    'kits.get': ({ id }) => kits.get(id),
    'kits.create': (input) => kits.create(input),
    'kits.update': ({ id, changes }) => kits.update(id, changes),
    'kits.delete': ({ id }) => kits.delete(id),
  };
}
