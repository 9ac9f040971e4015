import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

/** Every stored table, row by row, for "Export everything"; the search index (virtual and shadow tables) is left out. */
export class TableDumpRepository {
  readonly #database: Database;
  readonly #tables: Statement<[], string>;
  readonly #candidateIds: Statement<[], string>;

  constructor(database: Database) {
    this.#database = database;
    this.#tables = database
      .prepare<[], string>(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck();
    this.#candidateIds = database.prepare<[], string>('SELECT id FROM candidates ORDER BY seq').pluck();
  }

  /** Read from the schema each time, so a table a later migration adds is exported too. */
  tables(): string[] {
    return this.#tables.all();
  }

  rows(table: string): IterableIterator<Record<string, unknown>> {
    if (!this.tables().includes(table)) throw new RangeError(`There is no table ${table}.`);
    return this.#database.prepare<[], Record<string, unknown>>(`SELECT * FROM "${table}"`).iterate();
  }

  /** Every candidate, in the Trash or not: an export for a data-subject request must not miss one. */
  candidateIds(): string[] {
    return this.#candidateIds.all();
  }
}
