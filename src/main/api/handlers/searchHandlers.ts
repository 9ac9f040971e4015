import { CandidateSearch } from '../../search/CandidateSearch.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function searchHandlers({ repositories }: HandlerContext): GroupHandlers<'search'> {
  const search = new CandidateSearch(repositories.searchIndex, repositories.candidates);
  return {
    'search.query': ({ text, limit }) => search.search(text, limit),
  };
}
