import type { SearchNode } from './SearchNode.ts';

/** What a query means: its tree (null when it holds no word), and a hint when it was not read as typed. */
export type ParsedSearch = {
  tree: SearchNode | null;
  /** Plain words only (no operator, field, quote, parenthesis, `-` or `*`): search as it always was. */
  plain: boolean;
  /** Why the query was read differently from how it was typed, for the person typing it; null when it was not. */
  hint: string | null;
};
