import { statSync } from 'node:fs';
import { isPlaintextDatabaseFile } from './isPlaintextDatabaseFile.ts';

/** A database file with content that is not plaintext SQLite: it needs its key, and a new key would not open it. */
export function isEncryptedDatabaseFile(file: string): boolean {
  try {
    return statSync(file).size > 0 && !isPlaintextDatabaseFile(file);
  } catch {
    return false;
  }
}
