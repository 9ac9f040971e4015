import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * A bare candidate row for migration tests, in the columns every schema since 0040 has: what a database of an older
 * version holds before the migration under test runs. (The app's own code would write through the repositories.)
 */
export function insertCandidateRow(
  database: Database,
  id: string,
  name: string,
  stageId = 'interviewing',
): void {
  database
    .prepare(
      `INSERT INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, ?, ?, 'x', 'x', 'x')`,
    )
    .run(id, name, stageId);
}
