import { CandidateRepository } from '../../storage/repositories/CandidateRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function candidateHandlers({ database }: HandlerContext): GroupHandlers<'candidates'> {
  const candidates = new CandidateRepository(database);
  return {
    'candidates.list': (input) => candidates.list(input),
    'candidates.get': ({ id }) => candidates.get(id),
    'candidates.create': (input) => candidates.create(input),
    'candidates.update': ({ id, changes }) => candidates.update(id, changes),
    'candidates.delete': ({ id }) => candidates.trash(id),
    'candidates.restore': ({ id }) => candidates.restore(id),
    'candidates.purge': ({ id }) => {
      candidates.purge(id);
      return { purged: true as const };
    },
  };
}
