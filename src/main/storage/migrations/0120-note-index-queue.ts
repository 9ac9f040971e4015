import type { Migration } from './Migration.ts';

/**
 * Takes search out of a note's autosave. Until now every save derived the note's plain text and the
 * notes_fts_update trigger tokenised the whole note twice (the old text out, the new in): 12× an empty note's
 * save at 20,000 words. Now an autosave writes the document and queues the note in note_index_queue, in its own
 * transaction (`document_changed`: the plain text must be derived from the document again); other writers that
 * change a title or text queue it by trigger. NoteIndexScheduler brings notes.text and notes_fts up to date a few
 * seconds later, when the editor loses focus, on close, before a search reads, and at the next start.
 *
 * Deferring needs an index that can drop a note by rowid alone (the text it indexed is gone by then), so notes_fts
 * becomes contentless with contentless_delete, like candidate_documents_fts: same name, columns and tokenizer, so
 * every query stays as it was. New notes are indexed at once (their text is short or imported), purged ones leave
 * at once (a delete by rowid is cheap).
 */
export const noteIndexQueueMigration: Migration = {
  version: 120,
  name: 'note index queue',
  up(database) {
    database.exec(`
      DROP TRIGGER notes_fts_insert;
      DROP TRIGGER notes_fts_delete;
      DROP TRIGGER notes_fts_update;
      DROP TABLE notes_fts;
      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, text,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO notes_fts (rowid, title, text) SELECT seq, title, text FROM notes_search;

      -- Notes changed since notes_fts last indexed them; queued_at is the first change not yet indexed.
      CREATE TABLE note_index_queue (
        note_seq INTEGER PRIMARY KEY REFERENCES notes (seq) ON DELETE CASCADE,
        queued_at TEXT NOT NULL,
        document_changed INTEGER NOT NULL DEFAULT 0 CHECK (document_changed IN (0, 1))
      ) STRICT;

      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, text) SELECT seq, title, text FROM notes_search WHERE seq = new.seq;
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.seq;
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, text ON notes
      WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
        INSERT INTO note_index_queue (note_seq, queued_at)
        VALUES (new.seq, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT DO NOTHING;
      END;
    `);
  },
};
