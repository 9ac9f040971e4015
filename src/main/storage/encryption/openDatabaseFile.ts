import Database from 'better-sqlite3-multiple-ciphers';
import { openKeyedDatabase } from './openKeyedDatabase.ts';

/**
 * A second connection to the app's file, for work off the main connection (an import's worker): keyed as the
 * app's own, or plain where the file is plaintext (only the bench's baseline copy is).
 */
export function openDatabaseFile(file: string, key: Buffer | null): Database.Database {
  return key ? openKeyedDatabase(file, key) : new Database(file, { fileMustExist: true });
}
