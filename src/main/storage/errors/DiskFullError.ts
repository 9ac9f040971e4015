import { StorageError } from './StorageError.ts';

/** SQLite could not grow the file (SQLITE_FULL); the transaction was rolled back, so earlier data is intact. */
export class DiskFullError extends StorageError {
  override readonly name = 'DiskFullError';

  constructor(cause: unknown) {
    super('The disk is full: SQLite could not write to the database file.', undefined, { cause });
  }
}
