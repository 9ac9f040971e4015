import Database from 'better-sqlite3-multiple-ciphers';
import { DamagedDatabaseError } from './DamagedDatabaseError.ts';
import { DiskFullError } from './DiskFullError.ts';
import { StorageError } from './StorageError.ts';

/**
 * The storage error behind anything a repository threw: its own errors as they are, and SQLite's failures that
 * have a name a person can act on. Anything else (a bug) gives undefined.
 */
export function asStorageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  if (!(error instanceof Database.SqliteError)) return undefined;
  // Extended codes keep their primary code as a prefix, e.g. SQLITE_CORRUPT_INDEX.
  const primary = error.code.match(/^SQLITE_[A-Z]+/)?.[0];
  if (primary === 'SQLITE_FULL') return new DiskFullError(error);
  if (primary === 'SQLITE_CORRUPT' || primary === 'SQLITE_NOTADB') return new DamagedDatabaseError(error);
  return undefined;
}
