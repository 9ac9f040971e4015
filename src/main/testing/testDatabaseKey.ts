import type { DatabaseKeySource } from '../backend/DatabaseKeySource.ts';
import { createDatabaseKey } from '../storage/encryption/createDatabaseKey.ts';

/** One random key per test process, handed to every test backend as if it came from RAPPORT_DB_KEY. */
export const testDatabaseKey: DatabaseKeySource = {
  key: createDatabaseKey(),
  keyStorage: 'environment',
  keyStorageBackend: null,
  keyFile: null,
};
