import { copyFileSync } from 'node:fs';
import { openKeyedDatabase } from '../../src/main/storage/encryption/openKeyedDatabase.ts';

/**
 * A plaintext copy of the encrypted bench database, byte for byte the same rows and pages: SQLite3 Multiple
 * Ciphers rewrites every page without encryption when rekeyed to an empty key (outside WAL mode).
 */
export function plaintextCopy(encryptedFile: string, key: Buffer, plaintextFile: string): void {
  copyFileSync(encryptedFile, plaintextFile);
  const database = openKeyedDatabase(plaintextFile, key);
  try {
    database.pragma('journal_mode = DELETE');
    database.pragma("rekey = ''");
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}
