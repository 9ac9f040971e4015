import type { Migration } from './Migration.ts';
import { rebuildSearchIndexSql } from './rebuildSearchIndexSql.ts';

const candidateColumns = ['name', 'email', 'phone', 'location', 'role', 'source', 'tags'];
const noteColumns = ['title', 'text'];

/** Adds (+) or removes (-) one candidate's rows in candidate_counts: one for the candidate, one per tag. */
function countRows(row: 'new' | 'old', sign: '+' | '-'): string {
  const key = `${row}.deleted_at IS NOT NULL, ${row}.stage_id, coalesce(${row}.role, ''), coalesce(${row}.source, '')`;
  const match = `deleted = (${row}.deleted_at IS NOT NULL) AND stage_id = ${row}.stage_id
    AND role = coalesce(${row}.role, '') AND source = coalesce(${row}.source, '')`;
  const tags = `SELECT DISTINCT value COLLATE NOCASE AS value FROM json_each(${row}.tags) WHERE type = 'text'`;
  if (sign === '+') {
    return `
      INSERT INTO candidate_counts (tag, deleted, stage_id, role, source, count) VALUES ('', ${key}, 1)
      ON CONFLICT DO UPDATE SET count = count + 1;
      INSERT INTO candidate_counts (tag, deleted, stage_id, role, source, count)
      SELECT value, ${key}, 1 FROM (${tags}) WHERE true
      ON CONFLICT DO UPDATE SET count = count + 1;`;
  }
  return `
    UPDATE candidate_counts SET count = count - 1 WHERE tag = '' AND ${match};
    UPDATE candidate_counts SET count = count - 1 WHERE tag IN (${tags}) AND ${match};
    DELETE FROM candidate_counts WHERE tag = '' AND ${match} AND count <= 0;
    DELETE FROM candidate_counts WHERE tag IN (${tags}) AND ${match} AND count <= 0;`;
}

/**
 * What the candidate list, profile timeline, trash and search need at 100k candidates: one index per filter and
 * sort pair (so the first page never sorts the whole table), a tag table kept in sync by triggers (tags live in
 * a JSON column no index can reach), "last activity" that notes and interviews move forward, and search indexes
 * that also fold Ł, ø, ß and friends.
 */
export const candidateHistoryMigration: Migration = {
  version: 40,
  name: 'candidate history',
  up(database) {
    database.exec(`
      -- Filters compare case-insensitively ("engineer" finds "Engineer"), so the indexes use NOCASE too.
      CREATE INDEX candidates_role_activity ON candidates (deleted_at, role COLLATE NOCASE, last_activity_at DESC);
      CREATE INDEX candidates_role_name ON candidates (deleted_at, role COLLATE NOCASE, name COLLATE NOCASE);
      CREATE INDEX candidates_source_activity ON candidates (deleted_at, source COLLATE NOCASE, last_activity_at DESC);
      CREATE INDEX candidates_source_name ON candidates (deleted_at, source COLLATE NOCASE, name COLLATE NOCASE);
      CREATE INDEX candidates_stage_name ON candidates (deleted_at, stage_id, name COLLATE NOCASE);

      -- One row per (tag, candidate); the JSON column stays the source of truth and triggers mirror it here.
      CREATE TABLE candidate_tags (
        tag TEXT NOT NULL COLLATE NOCASE,
        candidate_seq INTEGER NOT NULL REFERENCES candidates (seq) ON DELETE CASCADE,
        PRIMARY KEY (tag, candidate_seq)
      ) STRICT;
      CREATE INDEX candidate_tags_candidate ON candidate_tags (candidate_seq);
      CREATE TRIGGER candidate_tags_insert AFTER INSERT ON candidates BEGIN
        INSERT OR IGNORE INTO candidate_tags (tag, candidate_seq)
        SELECT value, new.seq FROM json_each(new.tags) WHERE type = 'text';
      END;
      CREATE TRIGGER candidate_tags_update AFTER UPDATE OF tags ON candidates BEGIN
        DELETE FROM candidate_tags WHERE candidate_seq = new.seq;
        INSERT OR IGNORE INTO candidate_tags (tag, candidate_seq)
        SELECT value, new.seq FROM json_each(new.tags) WHERE type = 'text';
      END;
      INSERT OR IGNORE INTO candidate_tags (tag, candidate_seq)
      SELECT json_each.value, candidates.seq FROM candidates, json_each(candidates.tags) WHERE json_each.type = 'text';

      -- How many candidates each combination of filters matches (tag '' = all candidates), kept by triggers, so
      -- the list's "Showing 42 of 9,871" costs a few rows however many candidates match.
      CREATE TABLE candidate_counts (
        tag TEXT NOT NULL COLLATE NOCASE,
        deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
        stage_id TEXT NOT NULL,
        role TEXT NOT NULL COLLATE NOCASE,
        source TEXT NOT NULL COLLATE NOCASE,
        count INTEGER NOT NULL,
        PRIMARY KEY (tag, deleted, stage_id, role, source)
      ) STRICT;
      CREATE TRIGGER candidate_counts_insert AFTER INSERT ON candidates BEGIN
        ${countRows('new', '+')}
      END;
      CREATE TRIGGER candidate_counts_delete AFTER DELETE ON candidates BEGIN
        ${countRows('old', '-')}
      END;
      CREATE TRIGGER candidate_counts_update AFTER UPDATE OF deleted_at, stage_id, role, source, tags ON candidates
      WHEN old.deleted_at IS NOT new.deleted_at OR old.stage_id IS NOT new.stage_id OR old.role IS NOT new.role
        OR old.source IS NOT new.source OR old.tags IS NOT new.tags BEGIN
        ${countRows('old', '-')}
        ${countRows('new', '+')}
      END;
      INSERT INTO candidate_counts (tag, deleted, stage_id, role, source, count)
      SELECT '', deleted_at IS NOT NULL, stage_id, coalesce(role, ''), coalesce(source, ''), count(*) FROM candidates
      GROUP BY 1, 2, 3, 4 COLLATE NOCASE, 5 COLLATE NOCASE;
      INSERT INTO candidate_counts (tag, deleted, stage_id, role, source, count)
      SELECT tag, deleted_at IS NOT NULL, stage_id, coalesce(role, ''), coalesce(source, ''), count(*)
      FROM candidate_tags JOIN candidates ON candidates.seq = candidate_tags.candidate_seq
      GROUP BY 1, 2, 3, 4 COLLATE NOCASE, 5 COLLATE NOCASE;

      -- Sorting by stage walks the stages in order, then each stage's index; unique, so each stage is one step.
      CREATE UNIQUE INDEX stages_position ON stages (position);

      -- A note or an interview is activity: it moves the candidate up the "last activity" sort.
      CREATE TRIGGER notes_touch_candidate AFTER INSERT ON notes BEGIN
        UPDATE candidates SET last_activity_at = new.created_at
        WHERE id = new.candidate_id AND last_activity_at < new.created_at;
      END;
      CREATE TRIGGER interviews_touch_candidate AFTER INSERT ON interviews BEGIN
        UPDATE candidates SET last_activity_at = new.created_at
        WHERE id = new.candidate_id AND last_activity_at < new.created_at;
      END;
      CREATE TRIGGER interviews_start_touches_candidate AFTER UPDATE OF started_at ON interviews
      WHEN new.started_at IS NOT NULL BEGIN
        UPDATE candidates SET last_activity_at = new.started_at
        WHERE id = new.candidate_id AND last_activity_at < new.started_at;
      END;

      ${rebuildSearchIndexSql('candidates_fts', 'candidates', 'candidates_search', candidateColumns, candidateColumns.join(', '))}
      ${rebuildSearchIndexSql('notes_fts', 'notes', 'notes_search', noteColumns, noteColumns.join(', '))}
    `);
  },
};
