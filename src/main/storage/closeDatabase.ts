import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Closes the file after folding the WAL back into it, so a copied .sqlite3 is complete on its own. */
export function closeDatabase(database: Database): void {
  if (!database.open) return;
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
}
