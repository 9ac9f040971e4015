import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

type Row = Record<string, unknown>;

/**
 * Every stored row that belongs to one candidate, by table: the candidate row, then whatever refers to it by
 * foreign key, and whatever refers to those, found from the schema itself. A table a later version adds with a
 * foreign key to candidates (or to their interviews, notes…) is exported, and purged, without changing this code.
 */
export class CandidateRecordRepository {
  readonly #database: Database;
  readonly #tables: Statement<[], { name: string }>;
  readonly #foreignKeys: Statement<[string], { table: string; from: string; to: string | null }>;
  readonly #candidate: Statement<[string], Row>;

  constructor(database: Database) {
    this.#database = database;
    this.#tables = database.prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    this.#foreignKeys = database.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)');
    this.#candidate = database.prepare('SELECT * FROM candidates WHERE id = ?');
  }

  /** Read from the schema on every call, so a table added by a migration is never missed. */
  collect(candidateId: string): Record<string, Row[]> {
    const tables = this.#tables.all().map(({ name }) => name);
    const foreignKeys = tables.flatMap((table) =>
      this.#foreignKeys.all(table).map((key) => ({
        child: table,
        column: key.from,
        parent: key.table,
        parentColumn: key.to ?? 'rowid',
      })),
    );
    const records: Record<string, Row[]> = { candidates: this.#candidate.all(candidateId) };
    const pending = ['candidates'];
    while (pending.length > 0) {
      const parent = pending.shift()!;
      for (const key of foreignKeys.filter((foreignKey) => foreignKey.parent === parent)) {
        const values = records[parent]!.map((row) => row[key.parentColumn]).filter((value) => value !== null);
        if (values.length === 0) continue;
        const rows = this.#database
          .prepare<[string], Row>(
            `SELECT * FROM "${key.child}" WHERE "${key.column}" IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(values));
        const known = records[key.child] ?? [];
        const seen = new Set(known.map((row) => JSON.stringify(row)));
        const added = rows.filter((row) => !seen.has(JSON.stringify(row)));
        if (added.length === 0) continue;
        records[key.child] = [...known, ...added];
        pending.push(key.child);
      }
    }
    return records;
  }
}
