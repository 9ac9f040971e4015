import type { Migration } from './Migration.ts';

/**
 * External-content FTS5 tables kept in sync by triggers (as Signal and Joplin do).
 * remove_diacritics 2 makes "krakow" find "Kraków"; the prefix index keeps search-as-you-type cheap.
 */
export const searchIndexMigration: Migration = {
  version: 30,
  name: 'search index',
  up(database) {
    database.exec(`
      CREATE VIRTUAL TABLE candidates_fts USING fts5 (
        name, email, phone, location, role, source, tags,
        content = 'candidates', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
        INSERT INTO candidates_fts (rowid, name, email, phone, location, role, source, tags)
        VALUES (new.seq, new.name, new.email, new.phone, new.location, new.role, new.source, new.tags);
      END;
      CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
        INSERT INTO candidates_fts (candidates_fts, rowid, name, email, phone, location, role, source, tags)
        VALUES ('delete', old.seq, old.name, old.email, old.phone, old.location, old.role, old.source, old.tags);
      END;
      CREATE TRIGGER candidates_fts_update AFTER UPDATE OF name, email, phone, location, role, source, tags
      ON candidates BEGIN
        INSERT INTO candidates_fts (candidates_fts, rowid, name, email, phone, location, role, source, tags)
        VALUES ('delete', old.seq, old.name, old.email, old.phone, old.location, old.role, old.source, old.tags);
        INSERT INTO candidates_fts (rowid, name, email, phone, location, role, source, tags)
        VALUES (new.seq, new.name, new.email, new.phone, new.location, new.role, new.source, new.tags);
      END;

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, text,
        content = 'notes', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, text ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO notes_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      -- Rows written before this migration are not in the index yet.
      INSERT INTO candidates_fts (candidates_fts) VALUES ('rebuild');
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    `);
  },
};
