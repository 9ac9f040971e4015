import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from './applyDatabaseKey.ts';

/** A plain connection to an encrypted file, with nothing migrated or changed: for checks, tests and tools. */
export function openKeyedDatabase(
  file: string,
  key: Buffer,
  options: Database.Options = {},
): Database.Database {
  const database = new Database(file, { fileMustExist: true, ...options });
  try {
    applyDatabaseKey(database, key);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
