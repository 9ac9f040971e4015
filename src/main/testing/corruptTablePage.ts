import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { openKeyedDatabase } from '../storage/encryption/openKeyedDatabase.ts';

/**
 * Writes random bytes over leaf pages of `table` in a database file, as a failing disk would: the first one, or
 * every one (so that any read of a row meets the damage). Returns the page numbers. The WAL must be folded into
 * the file first (a closed backend leaves it so).
 */
export function corruptTablePage(
  file: string,
  key: Buffer,
  table: string,
  pages: 'one' | 'all' = 'one',
): number[] {
  const database = openKeyedDatabase(file, key, { readonly: true });
  let leaves: number[];
  let pageSize: number;
  try {
    pageSize = database.pragma('page_size', { simple: true }) as number;
    leaves = database
      .prepare<[string], number>(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
      )
      .pluck()
      .all(table);
  } finally {
    database.close();
  }
  if (leaves.length === 0) throw new Error(`The table ${table} has no leaf page to damage.`);
  const damaged = pages === 'one' ? leaves.slice(0, 1) : leaves;
  const descriptor = openSync(file, 'r+');
  try {
    for (const page of damaged)
      writeSync(descriptor, randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(descriptor);
  }
  return damaged;
}
