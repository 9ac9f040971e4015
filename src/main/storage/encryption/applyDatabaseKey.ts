import type { Database } from 'better-sqlite3-multiple-ciphers';
import { databaseKeyLength } from './databaseKeyLength.ts';

/**
 * Tells SQLite3 Multiple Ciphers to read and write this connection's file as SQLCipher 4 with `key`. Must come
 * before the first read; a wrong key shows only then, as SQLITE_NOTADB ("file is not a database").
 */
export function applyDatabaseKey(database: Database, key: Buffer): void {
  if (key.length !== databaseKeyLength) throw new RangeError(`A database key is ${databaseKeyLength} bytes.`);
  // SQLCipher 4's format, so standard SQLCipher tools can open a copy with the same raw key.
  database.pragma(`cipher = 'sqlcipher'`);
  database.pragma('legacy = 4');
  database.pragma(`key = "x'${key.toString('hex')}'"`);
  // Every page read from the file is decrypted and its HMAC checked. SQLite's default 2 MiB page cache makes a
  // large database decrypt the same pages over and over; 64 MiB keeps Today's and search's working set decrypted.
  database.pragma('cache_size = -65536');
}
