import { CandidateSearch } from '../../search/CandidateSearch.ts';
import { CandidateRepository } from '../../storage/repositories/CandidateRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function searchHandlers({ database }: HandlerContext): GroupHandlers<'search'> {
  const search = new CandidateSearch(database, new CandidateRepository(database));
  return {
    'search.query': ({ text, limit }) => search.search(text, limit),
  };
}
