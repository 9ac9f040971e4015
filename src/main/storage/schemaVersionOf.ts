import type { Database } from 'better-sqlite3-multiple-ciphers';

/** The schema version the file is at: the last migration applied to it. */
export function schemaVersionOf(database: Database): number {
  return database.pragma('user_version', { simple: true }) as number;
}
