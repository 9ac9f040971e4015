import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/migrations.ts';

/**
 * Opens (or creates) the Rapport database file, checks it is not from a newer app, then migrates it.
 * WAL with synchronous=NORMAL survives a killed process without losing a committed write.
 */
export function openDatabase(file: string, options: { migrateTo?: number } = {}): Database.Database {
  const database = new Database(file);
  try {
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
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}
