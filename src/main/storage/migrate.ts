import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DatabaseTooNewError } from './DatabaseTooNewError.ts';
import type { Migration } from './migrations/Migration.ts';

/**
 * Brings the schema up to the newest version in one transaction, tracked by PRAGMA user_version.
 * `target` lets tests stop part-way to seed rows at an older version.
 */
export function migrate(
  database: Database,
  migrations: readonly Migration[],
  target = migrations.at(-1)?.version ?? 0,
): number {
  const newest = migrations.at(-1)?.version ?? 0;
  const current = database.pragma('user_version', { simple: true }) as number;
  if (current > newest) throw new DatabaseTooNewError(database.name, current, newest);
  const pending = migrations.filter(
    (migration) => migration.version > current && migration.version <= target,
  );
  if (pending.length === 0) return current;
  database
    .transaction(() => {
      for (const migration of pending) {
        migration.up(database);
        database.pragma(`user_version = ${migration.version}`);
      }
    })
    .immediate();
  return pending.at(-1)!.version;
}
