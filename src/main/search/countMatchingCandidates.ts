import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import type { StageRepository } from '../storage/repositories/StageRepository.ts';
import { toDocumentMatch } from './compiling/toDocumentMatch.ts';
import { parseSearch } from './parsing/parseSearch.ts';

/** How many live candidates a query matches: the number Ctrl+K and the list show for it, and a saved search's. */
export function countMatchingCandidates(
  index: SearchIndexRepository,
  stages: StageRepository,
  text: string,
): number {
  const { tree } = parseSearch(text);
  if (tree === null) return 0;
  index.refreshDocuments();
  const match = toDocumentMatch(tree, stages.list());
  switch (match.kind) {
    case 'none':
      return 0;
    case 'all':
      return index.liveCandidateCount();
    case 'only':
      return index.documentCount(match.expression);
    case 'except':
      return index.liveCandidateCount() - index.documentCount(match.expression);
  }
}
