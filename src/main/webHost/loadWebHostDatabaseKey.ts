import path from 'node:path';
import { databaseKeyFromEnvironment } from '../backend/databaseKeyFromEnvironment.ts';
import type { DatabaseKeySource } from '../backend/DatabaseKeySource.ts';
import { keyFileBeside } from '../backend/keyFileBeside.ts';
import { databaseFileName } from '../backend/openBackend.ts';
import { readOrCreateKeyFile } from '../storage/encryption/readOrCreateKeyFile.ts';

/** The web host's key: RAPPORT_DB_KEY, else the key file (--key-file, by default DIR.key beside the data directory). */
export function loadWebHostDatabaseKey(options: {
  dataDirectory: string;
  keyFile?: string;
  environment: Record<string, string | undefined>;
}): DatabaseKeySource {
  const fromEnvironment = databaseKeyFromEnvironment(options.environment);
  if (fromEnvironment) return fromEnvironment;
  const keyFile = options.keyFile ? path.resolve(options.keyFile) : keyFileBeside(options.dataDirectory);
  const key = readOrCreateKeyFile(keyFile, path.join(options.dataDirectory, databaseFileName));
  return { key, keyStorage: 'key_file', keyStorageBackend: null, keyFile };
}
