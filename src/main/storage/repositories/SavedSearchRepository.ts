import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { limits } from '../../../shared/schemas/limits.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import type { SavedSearchRow } from './SavedSearchRow.ts';

const columns = 'id, name, query, created_at AS createdAt, updated_at AS updatedAt';

/** Saved searches: a name (unique without case) and a query, listed by name. */
export class SavedSearchRepository {
  readonly #database: Database;
  readonly #list: Statement<[], SavedSearchRow>;
  readonly #byId: Statement<[string], SavedSearchRow>;
  readonly #nameOwner: Statement<[string], { id: string }>;
  readonly #count: Statement<[], number>;

  constructor(database: Database) {
    this.#database = database;
    this.#list = database.prepare(`SELECT ${columns} FROM saved_searches ORDER BY name COLLATE NOCASE, seq`);
    this.#byId = database.prepare(`SELECT ${columns} FROM saved_searches WHERE id = ?`);
    this.#nameOwner = database.prepare('SELECT id FROM saved_searches WHERE name = ? COLLATE NOCASE');
    this.#count = database.prepare<[], number>('SELECT count(*) FROM saved_searches').pluck();
  }

  list(): SavedSearchRow[] {
    return this.#list.all();
  }

  get(id: string): SavedSearchRow {
    const row = this.#byId.get(id);
    if (!row) throw new NotFoundError('There is no such saved search.');
    return row;
  }

  create(input: { name: string; query: string }, now = new Date().toISOString()): SavedSearchRow {
    const id = newId();
    this.#database.transaction(() => {
      if (this.#count.get()! >= limits.savedSearches) {
        throw new InvalidValueError(
          `You can keep ${limits.savedSearches} saved searches; delete one to save another.`,
        );
      }
      this.#assertNameFree(input.name, null);
      this.#database
        .prepare(
          `INSERT INTO saved_searches (id, name, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(id, input.name, input.query, now, now);
    })();
    return this.get(id);
  }

  update(
    id: string,
    changes: { name?: string | undefined; query?: string | undefined },
    now = new Date().toISOString(),
  ): SavedSearchRow {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (changes.name !== undefined) this.#assertNameFree(changes.name, id);
      this.#database
        .prepare('UPDATE saved_searches SET name = ?, query = ?, updated_at = ? WHERE id = ?')
        .run(changes.name ?? current.name, changes.query ?? current.query, now, id);
    })();
    return this.get(id);
  }

  delete(id: string): void {
    if (this.#database.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes === 0)
      throw new NotFoundError('There is no such saved search.');
  }

  #assertNameFree(name: string, exceptId: string | null): void {
    const owner = this.#nameOwner.get(name);
    if (owner && owner.id !== exceptId) {
      throw new ConflictError('Another saved search already has this name.', [
        { path: 'name', message: 'Another saved search already has this name' },
      ]);
    }
  }
}
