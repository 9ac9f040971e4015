import type { SavedSearch } from '../../../shared/schemas/savedSearch.ts';
import { countMatchingCandidates } from '../../search/countMatchingCandidates.ts';
import { parseSearch } from '../../search/parsing/parseSearch.ts';
import type { SavedSearchRow } from '../../storage/repositories/SavedSearchRow.ts';
import { ApiFailure } from '../ApiFailure.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

/** A query that searches for nothing (`AND`, `()`, an emoji) would only ever count 0: refused as it is typed. */
function assertSearchable(query: string | undefined): void {
  if (query === undefined || parseSearch(query).tree !== null) return;
  throw new ApiFailure('invalid_input', 'This query has no word to search for.', [
    { path: 'query', message: 'Type a word to search for' },
  ]);
}

export function savedSearchHandlers({ repositories }: HandlerContext): GroupHandlers<'savedSearches'> {
  const { savedSearches, searchIndex, stages } = repositories;
  const withCount = (row: SavedSearchRow): SavedSearch => ({
    ...row,
    count: countMatchingCandidates(searchIndex, stages, row.query),
  });
  return {
    'savedSearches.list': () => ({ items: savedSearches.list().map(withCount) }),
    'savedSearches.create': (input) => {
      assertSearchable(input.query);
      return withCount(savedSearches.create(input));
    },
    'savedSearches.update': ({ id, changes }) => {
      assertSearchable(changes.query);
      return withCount(savedSearches.update(id, changes));
    },
    'savedSearches.delete': ({ id }) => {
      savedSearches.delete(id);
      return { deleted: true };
    },
  };
}
