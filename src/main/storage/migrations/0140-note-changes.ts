import type { Migration } from './Migration.ts';

/**
 * Autosaves of a note as changes (issue 9): each save of a long note appends the top-level blocks it changed
 * instead of rewriting the whole document, which at 20,000 words is a quarter of a megabyte per save. The
 * document plus its changes, in order, is the note; the changes are folded into the document a few seconds later
 * (with the search index) and whenever the whole document is read. A change is committed like any save, so one
 * not yet folded in when the process dies is folded in at the next start.
 */
export const noteChangesMigration: Migration = {
  version: 140,
  name: 'note-changes',
  up(database) {
    database.exec(`
      CREATE TABLE note_changes (
        id INTEGER PRIMARY KEY,
        note_seq INTEGER NOT NULL REFERENCES notes (seq) ON DELETE CASCADE,
        -- The save's sequence number: a repeated save (its reply was lost) is recognised by it.
        sequence INTEGER NOT NULL,
        from_block INTEGER NOT NULL CHECK (from_block >= 0),
        removed INTEGER NOT NULL CHECK (removed >= 0),
        -- The blocks put in their place, as a JSON array.
        blocks TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_changes_note ON note_changes (note_seq, id);
    `);
  },
};
