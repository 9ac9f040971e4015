import { safeStorage } from 'electron';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseKeyFromEnvironment } from '../backend/databaseKeyFromEnvironment.ts';
import type { DatabaseKeySource } from '../backend/DatabaseKeySource.ts';
import { keyFileBeside } from '../backend/keyFileBeside.ts';
import { databaseFileName } from '../backend/openBackend.ts';
import { createDatabaseKey } from '../storage/encryption/createDatabaseKey.ts';
import { isEncryptedDatabaseFile } from '../storage/encryption/isEncryptedDatabaseFile.ts';
import { MissingDatabaseKeyError } from '../storage/encryption/MissingDatabaseKeyError.ts';
import { parseDatabaseKey } from '../storage/encryption/parseDatabaseKey.ts';
import { readOrCreateKeyFile } from '../storage/encryption/readOrCreateKeyFile.ts';
import { privateModes } from '../storage/files/privateModes.ts';
import { writePrivateFile } from '../storage/files/writePrivateFile.ts';

export const wrappedKeyFileName = 'rapport.database-key.json';

type WrappedKeyFile = { format: 'rapport.wrapped-database-key'; version: 1; wrappedKey: string };

async function writeWrapped(file: string, key: Buffer): Promise<void> {
  const wrapped = await safeStorage.encryptStringAsync(key.toString('hex'));
  const content: WrappedKeyFile = {
    format: 'rapport.wrapped-database-key',
    version: 1,
    wrappedKey: wrapped.toString('base64'),
  };
  writePrivateFile(file, `${JSON.stringify(content)}\n`);
}

/**
 * The desktop app's database key, as Signal Desktop keeps its own: a random 256-bit key, wrapped by Electron's
 * safeStorage (the system keychain, DPAPI, libsecret or KWallet) and stored wrapped in the data directory. On
 * Linux without a keyring safeStorage falls back to a fixed password (`basic_text`), and Settings says so. Where
 * safeStorage is not available at all, or the web host made this directory, the key is the file beside it.
 */
export async function loadDesktopDatabaseKey(options: {
  dataDirectory: string;
  environment: Record<string, string | undefined>;
  platform: NodeJS.Platform;
}): Promise<DatabaseKeySource> {
  const fromEnvironment = databaseKeyFromEnvironment(options.environment);
  if (fromEnvironment) return fromEnvironment;
  const databaseFile = path.join(options.dataDirectory, databaseFileName);
  const wrappedFile = path.join(options.dataDirectory, wrappedKeyFileName);
  const besideFile = keyFileBeside(options.dataDirectory);
  const keyFile = (file: string): DatabaseKeySource => ({
    key: readOrCreateKeyFile(file, databaseFile),
    keyStorage: 'key_file',
    keyStorageBackend: null,
    keyFile: file,
  });

  if (!existsSync(wrappedFile) && existsSync(besideFile)) return keyFile(besideFile);
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    if (existsSync(wrappedFile))
      throw new Error(
        `The system keychain is not available, so Rapport cannot unwrap its database key (${wrappedFile}).`,
      );
    return keyFile(besideFile);
  }
  const storageBackend = options.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  const wrapped = {
    keyStorage: storageBackend === 'basic_text' ? ('basic_text' as const) : ('os_keychain' as const),
    keyStorageBackend: storageBackend,
    keyFile: wrappedFile,
  };

  if (existsSync(wrappedFile)) {
    const stored = JSON.parse(readFileSync(wrappedFile, 'utf8')) as Partial<WrappedKeyFile>;
    if (stored.format !== 'rapport.wrapped-database-key' || typeof stored.wrappedKey !== 'string')
      throw new Error(`${wrappedFile} is not a Rapport database key.`);
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
      Buffer.from(stored.wrappedKey, 'base64'),
    );
    const key = parseDatabaseKey(result);
    if (!key) throw new Error(`${wrappedFile} did not unwrap to a database key.`);
    // The keychain rotated its own key: wrap ours again so it keeps opening.
    if (shouldReEncrypt) await writeWrapped(wrappedFile, key);
    return { key, ...wrapped };
  }
  if (isEncryptedDatabaseFile(databaseFile)) throw new MissingDatabaseKeyError(databaseFile, wrappedFile);
  const key = createDatabaseKey();
  mkdirSync(options.dataDirectory, { recursive: true, mode: privateModes.directory });
  await writeWrapped(wrappedFile, key);
  return { key, ...wrapped };
}
