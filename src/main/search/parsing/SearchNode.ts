import type { SearchFieldName } from '../../../shared/search/searchFieldNames.ts';

/** One word or phrase to look for: in one field, or (field null) anywhere in the candidate and their notes. */
export type SearchTerm = {
  kind: 'term';
  field: SearchFieldName | null;
  /** The words in order, letters folded as the index folds them; more than one is a phrase. */
  words: readonly string[];
  /** Whether the last word matches any word it begins. */
  prefix: boolean;
};

/** A parsed query: terms combined with AND, OR and NOT. */
export type SearchNode =
  | SearchTerm
  | { kind: 'and'; children: readonly SearchNode[] }
  | { kind: 'or'; children: readonly SearchNode[] }
  | { kind: 'not'; child: SearchNode };
