import { KitRepository } from '../../storage/repositories/KitRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function kitHandlers({ database }: HandlerContext): GroupHandlers<'kits'> {
  const kits = new KitRepository(database);
  return {
    'kits.list': ({ query, includeDeleted }) => ({ items: kits.list(query, includeDeleted) }),
    'kits.get': ({ id }) => kits.get(id),
    'kits.create': (input) => kits.create(input),
    'kits.update': ({ id, changes }) => kits.update(id, changes),
    'kits.delete': ({ id }) => kits.delete(id),
  };
}
