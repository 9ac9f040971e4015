import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { limits } from '../../../shared/schemas/limits.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';

type BulkInput = ParsedInput<'candidates.bulkUpdate'>;

/**
 * The list's bulk actions on selected candidates, each in one transaction so a failure changes none of them:
 * a stage change is recorded per candidate as a single change would be; a tag joins each candidate's tags
 * (unless there already, or the candidate has the most tags allowed); Trash sets deleted_at.
 */
export class CandidateBulkEditor {
  readonly #database: Database;

  constructor(database: Database) {
    this.#database = database;
  }

  apply({ ids, action }: BulkInput, now = new Date().toISOString()): { changed: number } {
    const unique = [...new Set(ids)];
    const database = this.#database;
    return database.transaction(() => {
      const rows = database
        .prepare<[string], { id: string; stage_id: string; tags: string }>(
          `SELECT id, stage_id, tags FROM candidates
           WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
        )
        .all(JSON.stringify(unique));
      if (rows.length !== unique.length) {
        throw new NotFoundError(
          'Some of these candidates are gone or in the Trash. Reload the list and try again.',
        );
      }
      let changed = 0;
      if (action.kind === 'stage') {
        if (!database.prepare('SELECT 1 FROM stages WHERE id = ?').get(action.stageId)) {
          throw new InvalidValueError('That pipeline stage does not exist.', [
            { path: 'action.stageId', message: 'Unknown stage' },
          ]);
        }
        const move = database.prepare(
          'UPDATE candidates SET stage_id = ?, updated_at = ?, last_activity_at = ? WHERE id = ?',
        );
        const record = database.prepare(
          `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, reason, changed_at)
           VALUES (?, ?, ?, ?, NULL, ?)`,
        );
        for (const row of rows) {
          if (row.stage_id === action.stageId) continue;
          record.run(newId(), row.id, row.stage_id, action.stageId, now);
          move.run(action.stageId, now, now, row.id);
          changed += 1;
        }
      } else if (action.kind === 'addTag') {
        const retag = database.prepare(
          'UPDATE candidates SET tags = ?, updated_at = ?, last_activity_at = ? WHERE id = ?',
        );
        for (const row of rows) {
          const tags = JSON.parse(row.tags) as string[];
          if (
            tags.some((tag) => tag.toLowerCase() === action.tag.toLowerCase()) ||
            tags.length >= limits.tags
          )
            continue;
          retag.run(JSON.stringify([...tags, action.tag]), now, now, row.id);
          changed += 1;
        }
      } else {
        const trash = database.prepare('UPDATE candidates SET deleted_at = ?, updated_at = ? WHERE id = ?');
        for (const row of rows) changed += trash.run(now, now, row.id).changes;
      }
      return { changed };
    })();
  }
}
