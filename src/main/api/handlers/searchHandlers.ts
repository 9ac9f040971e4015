import { CandidateListSearch } from '../../search/CandidateListSearch.ts';
import { CandidateSearch } from '../../search/CandidateSearch.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function searchHandlers({ repositories }: HandlerContext): GroupHandlers<'search'> {
  const { searchIndex, candidates, stages } = repositories;
  const search = new CandidateSearch(searchIndex, candidates, stages);
  const list = new CandidateListSearch(searchIndex, candidates, stages);
  return {
    'search.query': ({ text, limit }) => search.search(text, limit),
    'search.candidates': ({ text, offset, limit, ...order }) => list.page(text, order, offset, limit),
  };
}
