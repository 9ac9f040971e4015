import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import type { Kit } from '../../../shared/schemas/kit.ts';
import type { KitDefinition } from '../../../shared/schemas/kitDefinition.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';

type KitRow = {
  id: string;
  name: string;
  description: string;
  definition: string;
  built_in: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type CreateInput = ParsedInput<'kits.create'>;
type UpdateChanges = ParsedInput<'kits.update'>['changes'];

const columns = 'id, name, description, definition, built_in, created_at, updated_at, deleted_at';

function toKit(row: KitRow): Kit {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    definition: JSON.parse(row.definition) as KitDefinition,
    builtIn: row.built_in === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Interview kits: templates of questions and scorecard attributes. Deleting one only hides it. */
export class KitRepository {
  readonly #database: Database;
  readonly #selectById: Statement<[string], KitRow>;

  constructor(database: Database) {
    this.#database = database;
    this.#selectById = database.prepare(`SELECT ${columns} FROM kits WHERE id = ?`);
  }

  get(id: string): Kit {
    const row = this.#selectById.get(id);
    if (!row) throw new NotFoundError('No interview kit has that id.');
    return toKit(row);
  }

  list(query: string, includeDeleted: boolean): Kit[] {
    // instr() on lower-cased text: a plain substring match, with no LIKE wildcards to escape.
    return this.#database
      .prepare<{ query: string }, KitRow>(
        `SELECT ${columns} FROM kits
         WHERE (@query = '' OR instr(lower(name), lower(@query)) > 0) ${includeDeleted ? '' : 'AND deleted_at IS NULL'}
         ORDER BY deleted_at IS NOT NULL, name COLLATE NOCASE, seq`,
      )
      .all({ query })
      .map(toKit);
  }

  create(input: CreateInput, now = new Date().toISOString()): Kit {
    const id = newId();
    this.#database
      .prepare(
        `INSERT INTO kits (id, name, description, definition, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.name, input.description, JSON.stringify(input.definition), now, now);
    return this.get(id);
  }

  update(id: string, changes: UpdateChanges, now = new Date().toISOString()): Kit {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null)
        throw new ConflictError('This kit was deleted. It can no longer be edited.');
      this.#database
        .prepare('UPDATE kits SET name = ?, description = ?, definition = ?, updated_at = ? WHERE id = ?')
        .run(
          changes.name ?? current.name,
          changes.description ?? current.description,
          JSON.stringify(changes.definition ?? current.definition),
          now,
          id,
        );
    })();
    return this.get(id);
  }

  delete(id: string, now = new Date().toISOString()): Kit {
    const result = this.#database
      .prepare('UPDATE kits SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now, now, id);
    if (result.changes === 0) this.get(id);
    return this.get(id);
  }
}
