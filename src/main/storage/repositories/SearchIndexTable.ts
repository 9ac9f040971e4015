/** The two FTS5 tables search reads: candidates' own fields, and note text. */
export type SearchIndexTable = 'candidates' | 'notes';
