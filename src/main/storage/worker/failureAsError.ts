import Database from 'better-sqlite3-multiple-ciphers';
import { asStorageError } from '../errors/asStorageError.ts';

/** A worker's failure as the error the same failure would have thrown on the main thread. */
export function failureAsError(failure: { code: string; message: string }, context: string): Error {
  const sqliteError = new Database.SqliteError(failure.message, failure.code);
  return (
    asStorageError(sqliteError) ??
    new Error(`${context}: ${failure.message} (${failure.code})`, { cause: sqliteError })
  );
}
