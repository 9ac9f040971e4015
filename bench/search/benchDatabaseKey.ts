import type { DatabaseKeySource } from '../../src/main/backend/DatabaseKeySource.ts';
import { createDatabaseKey } from '../../src/main/storage/encryption/createDatabaseKey.ts';

/** The key of the bench's encrypted database, fresh each run, handed over as RAPPORT_DB_KEY would be. */
export const benchDatabaseKey: DatabaseKeySource = {
  key: createDatabaseKey(),
  keyStorage: 'environment',
  keyStorageBackend: null,
  keyFile: null,
};
