/**
 * Which candidates a query selects, as FTS5 can answer it: FTS5 has no "everything", so a query that is all
 * negation (`-zürich`) becomes every live candidate except those its expression matches.
 */
export type DocumentMatch =
  | { kind: 'none' }
  | { kind: 'all' }
  /** The candidates whose document matches `expression`. */
  | { kind: 'only'; expression: string }
  /** Every live candidate except those whose document matches `expression`. */
  | { kind: 'except'; expression: string };
