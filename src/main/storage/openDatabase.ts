import Database from 'better-sqlite3-multiple-ciphers';
import { applyDatabaseKey } from './encryption/applyDatabaseKey.ts';
import { asStorageError } from './errors/asStorageError.ts';
import { createPrivateFile } from './files/createPrivateFile.ts';
import { makePrivate } from './files/makePrivate.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/migrations.ts';

export type OpenDatabaseOptions = {
  /** The 256-bit SQLCipher key; null or absent opens a plaintext file (tests of the old format, the bench baseline). */
  key?: Buffer | null;
  migrateTo?: number;
};

/**
 * Opens (or creates) the Rapport database file, checks it is not from a newer app, then migrates it.
 * WAL with synchronous=NORMAL survives a killed process without losing a committed write.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  createPrivateFile(file);
  makePrivate(file);
  const database = new Database(file);
  try {
    if (options.key) applyDatabaseKey(database, options.key);
    database.pragma('busy_timeout = 5000');
    // Read-only check first: a newer file must not even have its journal mode changed.
    const version = database.pragma('user_version', { simple: true }) as number;
    const newest = migrations.at(-1)?.version ?? 0;
    if (version <= newest) {
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
    }
    database.pragma('foreign_keys = ON');
    migrate(database, migrations, options.migrateTo);
    for (const companion of ['-wal', '-shm']) makePrivate(`${file}${companion}`);
    return database;
  } catch (error) {
    database.close();
    // A wrong key and a damaged header look the same to SQLite ("file is not a database").
    throw asStorageError(error) ?? error;
  }
}
