import { newId } from '../newId.ts';
import { defaultKits } from './0050-default-kits.ts';
import type { Migration } from './Migration.ts';

/**
 * Interview kits (with three defaults), a kit snapshot per interview, save sequence numbers for ordered
 * idempotent autosave, note revisions, evidence derived from tagged passages, and scorecards with revisions.
 */
export const interviewNotesMigration: Migration = {
  version: 50,
  name: 'interview notes',
  up(database) {
    database.exec(`
      CREATE TABLE kits (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX kits_name ON kits (deleted_at, name COLLATE NOCASE);

      -- The kit as it was when the interview was created ({ name, definition }); later kit edits leave it alone.
      ALTER TABLE interviews ADD COLUMN kit_snapshot TEXT CHECK (kit_snapshot IS NULL OR json_valid(kit_snapshot));

      -- The client numbers its saves per note; a save numbered below this is stale and ignored.
      ALTER TABLE notes ADD COLUMN save_sequence INTEGER NOT NULL DEFAULT 0;
      -- A hash of the note's evidence passages, so a save only rewrites note_evidence when they changed.
      ALTER TABLE notes ADD COLUMN evidence_digest TEXT NOT NULL DEFAULT '';

      CREATE TABLE note_revisions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('created', 'autosave', 'before_restore', 'restore')),
        document TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_revisions_note ON note_revisions (note_id, seq);

      -- Passages tagged to a scorecard attribute, derived from the document's evidence marks on every save.
      CREATE TABLE note_evidence (
        seq INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attribute_id TEXT NOT NULL,
        text TEXT NOT NULL,
        question_id TEXT,
        question_text TEXT
      ) STRICT;
      CREATE INDEX note_evidence_note ON note_evidence (note_id, position);

      CREATE TABLE scorecards (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        interview_id TEXT NOT NULL UNIQUE REFERENCES interviews (id) ON DELETE CASCADE,
        ratings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ratings)),
        recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes', 'no_decision')),
        takeaways TEXT NOT NULL DEFAULT '',
        private_note TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        submitted_at TEXT,
        save_sequence INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Each submitted revision, as submitted; never changed afterwards.
      CREATE TABLE scorecard_revisions (
        seq INTEGER PRIMARY KEY,
        scorecard_id TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        ratings TEXT NOT NULL CHECK (json_valid(ratings)),
        recommendation TEXT,
        takeaways TEXT NOT NULL,
        private_note TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        UNIQUE (scorecard_id, revision)
      ) STRICT;
    `);

    const now = new Date().toISOString();
    const insertKit = database.prepare(
      `INSERT INTO kits (id, name, description, definition, built_in, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    );
    for (const kit of defaultKits) {
      insertKit.run(kit.id, kit.name, kit.description, JSON.stringify(kit.definition), now, now);
    }

    // Every interview has notes and a scorecard; ones created before this version may have neither yet.
    const orphans = database
      .prepare<[], { id: string; candidate_id: string }>(
        'SELECT id, candidate_id FROM interviews WHERE id NOT IN (SELECT interview_id FROM notes WHERE interview_id IS NOT NULL)',
      )
      .all();
    const insertNote = database.prepare(
      `INSERT INTO notes (id, candidate_id, interview_id, document, text, created_at, updated_at)
       VALUES (?, ?, ?, '{"type":"doc","content":[{"type":"paragraph"}]}', '', ?, ?)`,
    );
    for (const orphan of orphans) {
      insertNote.run(newId(), orphan.candidate_id, orphan.id, now, now);
    }
    const insertScorecard = database.prepare(
      'INSERT INTO scorecards (id, interview_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const { id } of database.prepare<[], { id: string }>('SELECT id FROM interviews').all()) {
      insertScorecard.run(newId(), id, now, now);
    }
  },
};
