import { candidateDocumentsSql } from './candidateDocumentsSql.ts';
import type { Migration } from './Migration.ts';

/**
 * Saved searches (a name and a query), and a search index with one document per live candidate: their own
 * fields and all their live notes, so a Boolean query about a candidate ("referral AND location:lisboa", where
 * one word is in a note and the other in the profile) is one FTS5 MATCH, counted and paged without joins.
 * Contentless with contentless_delete: the text is already in candidates and notes, and a document is replaced
 * by rowid alone. The prefix index serves the 2- and 3-letter prefixes of search-as-you-type. Note changes reach
 * it through `candidate_documents_pending`, which search empties before it reads.
 */
export const savedSearchesAndCandidateDocumentsMigration: Migration = {
  version: 70,
  name: 'saved searches and candidate documents',
  up(database) {
    database.exec(`
      CREATE TABLE saved_searches (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX saved_searches_name ON saved_searches (name COLLATE NOCASE);

      CREATE VIRTUAL TABLE candidate_documents_fts USING fts5 (
        name, email, phone, location, role, source, tags, title, stage, notes,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      -- Candidates whose notes changed since their document was last written (see candidateDocumentsSql).
      CREATE TABLE candidate_documents_pending (
        candidate_seq INTEGER PRIMARY KEY REFERENCES candidates (seq) ON DELETE CASCADE
      ) STRICT;
      ${candidateDocumentsSql(null)}
      INSERT INTO candidate_documents_fts (rowid, name, email, phone, location, role, source, tags, title, stage, notes)
      SELECT seq, name, email, phone, location, role, source, tags, title, stage, notes FROM candidate_documents;

      -- notes_fts now only finds whole words in single notes; its prefix index (60% of it) served search-as-you-type,
      -- which candidate_documents_fts does now. Same name, columns and content view, so its triggers stay as they are.
      DROP TABLE notes_fts;
      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, text,
        content = 'notes_search', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    `);
  },
};
