import type { Migration } from './Migration.ts';

export const candidatesMigration: Migration = {
  version: 10,
  name: 'candidates',
  up(database) {
    database.exec(`
      CREATE TABLE stages (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('open', 'hired', 'rejected', 'withdrawn'))
      ) STRICT;

      INSERT INTO stages (id, name, position, kind) VALUES
        ('sourced', 'Sourced', 10, 'open'),
        ('contacted', 'Contacted', 20, 'open'),
        ('screening', 'Screening', 30, 'open'),
        ('interviewing', 'Interviewing', 40, 'open'),
        ('offer', 'Offer', 50, 'open'),
        ('hired', 'Hired', 60, 'hired'),
        ('rejected', 'Rejected', 70, 'rejected'),
        ('withdrawn', 'Withdrawn', 80, 'withdrawn');

      -- seq is the stable integer key the FTS index points at (an implicit rowid may change on VACUUM).
      CREATE TABLE candidates (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        location TEXT,
        role TEXT,
        source TEXT,
        pronouns TEXT,
        consent_until TEXT,
        links TEXT NOT NULL DEFAULT '[]',
        tags TEXT NOT NULL DEFAULT '[]',
        stage_id TEXT NOT NULL REFERENCES stages (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      -- One live candidate per email; trashed ones do not block re-adding a person.
      CREATE UNIQUE INDEX candidates_email_live ON candidates (email) WHERE email IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX candidates_activity ON candidates (deleted_at, last_activity_at DESC);
      CREATE INDEX candidates_name ON candidates (deleted_at, name COLLATE NOCASE);
      CREATE INDEX candidates_stage ON candidates (deleted_at, stage_id, last_activity_at DESC);

      CREATE TABLE stage_changes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        from_stage_id TEXT,
        to_stage_id TEXT NOT NULL,
        reason TEXT,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stage_changes_candidate ON stage_changes (candidate_id, changed_at);
    `);
  },
};
