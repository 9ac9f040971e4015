import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';

/** A digest of every row of every table, to prove that a refused call wrote nothing. */
export function snapshotDatabase(database: Database): string {
  const hash = createHash('sha256');
  const tables = database
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  for (const { name } of tables) {
    hash.update(name);
    for (const row of database.prepare(`SELECT * FROM "${name}"`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      );
    }
  }
  hash.update(String(database.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}
