import { parseDatabaseKey } from '../storage/encryption/parseDatabaseKey.ts';
import type { DatabaseKeySource } from './DatabaseKeySource.ts';

export const databaseKeyEnvironmentVariable = 'RAPPORT_DB_KEY';

/** RAPPORT_DB_KEY, when set: 64 hex digits, for a key kept in a password manager or a CI secret. */
export function databaseKeyFromEnvironment(
  environment: Record<string, string | undefined>,
): DatabaseKeySource | null {
  const text = environment[databaseKeyEnvironmentVariable];
  if (text === undefined || text === '') return null;
  const key = parseDatabaseKey(text);
  if (!key)
    throw new Error(`${databaseKeyEnvironmentVariable} must be 64 hexadecimal digits (a 256-bit key).`);
  return { key, keyStorage: 'environment', keyStorageBackend: null, keyFile: null };
}
