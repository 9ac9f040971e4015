import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { Stage } from '../../../shared/schemas/stage.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

/** Pipeline stages: the recruiter renames and reorders them; ids (and so every candidate's stage) never change. */
export class StageRepository {
  readonly #database: Database;
  readonly #list: Statement<[], Stage>;
  readonly #byId: Statement<[string], Stage>;

  constructor(database: Database) {
    this.#database = database;
    this.#list = database.prepare('SELECT id, name, position, kind FROM stages ORDER BY position');
    this.#byId = database.prepare('SELECT id, name, position, kind FROM stages WHERE id = ?');
  }

  list(): Stage[] {
    return this.#list.all();
  }

  get(id: string): Stage {
    const stage = this.#byId.get(id);
    if (!stage)
      throw new NotFoundError('There is no such stage.', [{ path: 'id', message: 'Unknown stage' }]);
    return stage;
  }

  rename(id: string, name: string): Stage {
    this.#database.transaction(() => {
      this.get(id);
      const clash = this.#database
        .prepare<[string, string], { id: string }>(
          'SELECT id FROM stages WHERE name = ? COLLATE NOCASE AND id <> ?',
        )
        .get(name, id);
      if (clash) {
        throw new ConflictError('Another stage already has this name.', [
          { path: 'name', message: 'Another stage already has this name' },
        ]);
      }
      this.#database.prepare('UPDATE stages SET name = ? WHERE id = ?').run(name, id);
    })();
    return this.get(id);
  }

  reorder(ids: readonly string[]): Stage[] {
    this.#database.transaction(() => {
      const existing = this.list().map((stage) => stage.id);
      const given = new Set(ids);
      if (
        given.size !== ids.length ||
        given.size !== existing.length ||
        existing.some((id) => !given.has(id))
      ) {
        throw new InvalidValueError('List every stage exactly once.', [
          { path: 'ids', message: `List every stage exactly once: ${existing.join(', ')}` },
        ]);
      }
      // Positions are unique, so move every stage out of the way first.
      this.#database.prepare('UPDATE stages SET position = -position - 1').run();
      const place = this.#database.prepare('UPDATE stages SET position = ? WHERE id = ?');
      ids.forEach((id, index) => place.run((index + 1) * 10, id));
    })();
    return this.list();
  }

  /** The reasons picked when the candidate last changed stage (rejection reasons), or none. */
  latestReasons(candidateId: string): string[] {
    const row = this.#database
      .prepare<[string], { reasons: string }>(
        'SELECT reasons FROM stage_changes WHERE candidate_id = ? ORDER BY seq DESC LIMIT 1',
      )
      .get(candidateId);
    return row ? (JSON.parse(row.reasons) as string[]) : [];
  }
}
