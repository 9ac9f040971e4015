import type { Migration } from './Migration.ts';

/**
 * Recordings of calls (issue 15), one per interview: the candidate's consent (a decline is kept too, with no
 * file), where the call clock was when recording began, how long and how large it is, the speech segments of
 * each side, and when and why the file was deleted. The file itself lives in recordings/ in the data directory.
 */
export const recordingsMigration: Migration = {
  version: 130,
  name: 'recordings',
  up(database) {
    database.exec(`
      CREATE TABLE recordings (
        seq INTEGER PRIMARY KEY,
        interview_id TEXT NOT NULL UNIQUE REFERENCES interviews (id) ON DELETE CASCADE,
        consent TEXT NOT NULL CHECK (consent IN ('accepted', 'declined')),
        state TEXT NOT NULL CHECK (state IN ('none', 'recording', 'ready', 'deleted')),
        file_name TEXT,
        started_at TEXT,
        -- Milliseconds of the call clock when recording began: a chip at call time t is at t - offset.
        call_offset_ms INTEGER NOT NULL DEFAULT 0 CHECK (call_offset_ms >= 0),
        duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
        size_bytes INTEGER NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
        chunk_count INTEGER NOT NULL DEFAULT 0 CHECK (chunk_count >= 0),
        -- {"recruiter": [[startMs, endMs], ...], "candidate": [...]}, in recording time.
        speech TEXT NOT NULL DEFAULT '{"recruiter":[],"candidate":[]}' CHECK (json_valid(speech)),
        deleted_at TEXT,
        deleted_reason TEXT CHECK (deleted_reason IN ('manual', 'retention')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recordings_started ON recordings (state, started_at);
    `);
  },
};
