import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makePrivate } from '../files/makePrivate.ts';
import { privateModes } from '../files/privateModes.ts';
import { writePrivateFile } from '../files/writePrivateFile.ts';
import { createDatabaseKey } from './createDatabaseKey.ts';
import { isEncryptedDatabaseFile } from './isEncryptedDatabaseFile.ts';
import { MissingDatabaseKeyError } from './MissingDatabaseKeyError.ts';
import { parseDatabaseKey } from './parseDatabaseKey.ts';

/**
 * The key kept in a plain 0600 file (64 hex digits). A missing file gets a fresh key, unless the database is
 * already encrypted: then the key was lost or moved, and a new one would only lock the user out further.
 */
export function readOrCreateKeyFile(keyFile: string, databaseFile: string): Buffer {
  if (existsSync(keyFile)) {
    const key = parseDatabaseKey(readFileSync(keyFile, 'utf8'));
    if (!key)
      throw new Error(
        `The key file ${keyFile} does not hold a Rapport database key (64 hexadecimal digits).`,
      );
    makePrivate(keyFile);
    return key;
  }
  if (isEncryptedDatabaseFile(databaseFile)) throw new MissingDatabaseKeyError(databaseFile, keyFile);
  const key = createDatabaseKey();
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: privateModes.directory });
  writePrivateFile(keyFile, `${key.toString('hex')}\n`);
  return key;
}
