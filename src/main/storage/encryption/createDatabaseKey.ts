import { randomBytes } from 'node:crypto';
import { databaseKeyLength } from './databaseKeyLength.ts';

/** A fresh random key for a new (or newly encrypted) database. */
export function createDatabaseKey(): Buffer {
  return randomBytes(databaseKeyLength);
}
