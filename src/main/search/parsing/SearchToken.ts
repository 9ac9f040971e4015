import type { SearchFieldName } from '../../../shared/search/searchFieldNames.ts';

/** A piece of a query as the tokenizer reads it. */
export type SearchToken =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'and' }
  | { kind: 'or' }
  | { kind: 'not' }
  /** A `-` stuck to what follows it: `-zürich`. */
  | { kind: 'minus' }
  /** `location:`, the colon included. */
  | { kind: 'field'; field: SearchFieldName }
  /** The text between double quotes; `closed` is false when the closing quote is missing. */
  | { kind: 'phrase'; text: string; closed: boolean }
  /** Anything else up to a space or a parenthesis, `*` included. */
  | { kind: 'word'; text: string };
