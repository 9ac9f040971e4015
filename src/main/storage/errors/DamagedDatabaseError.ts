import { StorageError } from './StorageError.ts';

/** SQLite found the file malformed (SQLITE_CORRUPT) or not a database at all (SQLITE_NOTADB). */
export class DamagedDatabaseError extends StorageError {
  override readonly name = 'DamagedDatabaseError';

  constructor(cause: unknown) {
    super('The database file is damaged: SQLite reports it as corrupt or not a database.', undefined, {
      cause,
    });
  }
}
