/**
 * The FTS5 tables search reads: one document per live candidate (their fields and all their live notes),
 * candidates' own fields, and single notes.
 */
export type SearchIndexTable = 'documents' | 'candidates' | 'notes';
