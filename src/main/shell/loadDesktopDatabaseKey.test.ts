import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { loadDesktopDatabaseKey, wrappedKeyFileName } from './loadDesktopDatabaseKey.ts';

// safeStorage as the keychain would be: what it wraps only it can unwrap.
const electron = vi.hoisted(() => {
  const secret = 0x5c;
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ secret));
  return {
    safeStorage: {
      isAsyncEncryptionAvailable: vi.fn(async () => true),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
      encryptStringAsync: vi.fn(async (text: string) =>
        Buffer.concat([Buffer.from('v11'), flip(Buffer.from(text))]),
      ),
      decryptStringAsync: vi.fn(async (wrapped: Buffer) => {
        if (wrapped.subarray(0, 3).toString() !== 'v11')
          throw new Error('Error while decrypting the ciphertext');
        return { result: flip(wrapped.subarray(3)).toString(), shouldReEncrypt: false };
      }),
    },
  };
});
vi.mock('electron', () => electron);

let directory: ReturnType<typeof temporaryDirectory>;
const load = (platform: NodeJS.Platform = 'linux', environment: Record<string, string> = {}) =>
  loadDesktopDatabaseKey({ dataDirectory: directory.path, environment, platform });
const wrappedFile = () => path.join(directory.path, wrappedKeyFileName);

beforeEach(() => {
  vi.clearAllMocks();
  electron.safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(true);
  electron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

describe('loadDesktopDatabaseKey', () => {
  it('wraps a new random key with safeStorage and stores only the wrapped form, owner-only', async () => {
    const loaded = await load();
    expect(loaded).toMatchObject({
      keyStorage: 'os_keychain',
      keyStorageBackend: 'gnome_libsecret',
      keyFile: wrappedFile(),
    });
    expect(loaded.key).toHaveLength(32);
    expect(electron.safeStorage.encryptStringAsync).toHaveBeenCalledWith(loaded.key.toString('hex'));
    const stored = readFileSync(wrappedFile(), 'utf8');
    expect(stored).not.toContain(loaded.key.toString('hex'));
    expect(JSON.parse(stored)).toMatchObject({ format: 'rapport.wrapped-database-key', version: 1 });
    expect(statSync(wrappedFile()).mode & 0o777).toBe(0o600);
    expect(existsSync(`${directory.path}.key`)).toBe(false);
  });

  it('unwraps the same key on the next start', async () => {
    const first = await load();
    const second = await load();
    expect(second.key.equals(first.key)).toBe(true);
    expect(electron.safeStorage.encryptStringAsync).toHaveBeenCalledTimes(1);
  });

  it('says basic_text where Linux has no keyring, so Settings can warn', async () => {
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(await load()).toMatchObject({ keyStorage: 'basic_text', keyStorageBackend: 'basic_text' });
  });

  it('asks for the storage backend on Linux only', async () => {
    expect(await load('darwin')).toMatchObject({ keyStorage: 'os_keychain', keyStorageBackend: null });
    expect(electron.safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('wraps the key again when the keychain asks for it', async () => {
    const first = await load();
    const before = readFileSync(wrappedFile(), 'utf8');
    electron.safeStorage.decryptStringAsync.mockResolvedValueOnce({
      result: first.key.toString('hex'),
      shouldReEncrypt: true,
    });
    electron.safeStorage.encryptStringAsync.mockResolvedValueOnce(Buffer.from('rewrapped'));
    expect((await load()).key.equals(first.key)).toBe(true);
    expect(readFileSync(wrappedFile(), 'utf8')).not.toBe(before);
    expect(readFileSync(wrappedFile(), 'utf8')).toContain(Buffer.from('rewrapped').toString('base64'));
  });

  it('falls back to a key file beside the data directory when safeStorage is not available', async () => {
    electron.safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false);
    const loaded = await load();
    expect(loaded).toMatchObject({ keyStorage: 'key_file', keyFile: `${directory.path}.key` });
    expect(readFileSync(`${directory.path}.key`, 'utf8').trim()).toBe(loaded.key.toString('hex'));
    expect(electron.safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('opens a directory the web host made with the web host key beside it', async () => {
    const hex = 'cd'.repeat(32);
    writeFileSync(`${directory.path}.key`, `${hex}\n`);
    expect(await load()).toMatchObject({ key: Buffer.from(hex, 'hex'), keyStorage: 'key_file' });
    expect(existsSync(wrappedFile())).toBe(false);
  });

  it('takes RAPPORT_DB_KEY before anything else', async () => {
    const hex = 'ef'.repeat(32);
    expect(await load('linux', { RAPPORT_DB_KEY: hex })).toMatchObject({ keyStorage: 'environment' });
    expect(electron.safeStorage.isAsyncEncryptionAvailable).not.toHaveBeenCalled();
  });

  it('refuses to make a new key for an encrypted database whose wrapped key is gone', async () => {
    writeFileSync(path.join(directory.path, 'rapport.sqlite3'), Buffer.alloc(4096, 0x5a));
    await expect(load()).rejects.toThrow(`its key is not at ${wrappedFile()}`);
    expect(electron.safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('refuses a wrapped key the keychain cannot unwrap, and leaves the file as it was', async () => {
    writeFileSync(
      wrappedFile(),
      JSON.stringify({
        format: 'rapport.wrapped-database-key',
        version: 1,
        wrappedKey: Buffer.from('v10garbage').toString('base64'),
      }),
    );
    const before = readFileSync(wrappedFile(), 'utf8');
    await expect(load()).rejects.toThrow(/decrypting/);
    expect(readFileSync(wrappedFile(), 'utf8')).toBe(before);
  });
});
