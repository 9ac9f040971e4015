import type { Migration } from './Migration.ts';

export const interviewsAndNotesMigration: Migration = {
  version: 20,
  name: 'interviews and notes',
  up(database) {
    database.exec(`
      CREATE TABLE interviews (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        kit_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done')),
        scheduled_at TEXT,
        started_at TEXT,
        ended_at TEXT,
        duration_seconds INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX interviews_candidate ON interviews (candidate_id, created_at);

      -- A note keeps the editor's document as JSON and a plain-text copy derived from it for search.
      CREATE TABLE notes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        interview_id TEXT REFERENCES interviews (id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX notes_candidate ON notes (candidate_id, updated_at);
      CREATE INDEX notes_interview ON notes (interview_id);
    `);
  },
};
