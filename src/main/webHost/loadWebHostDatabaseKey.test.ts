import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MissingDatabaseKeyError } from '../storage/encryption/MissingDatabaseKeyError.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { loadWebHostDatabaseKey } from './loadWebHostDatabaseKey.ts';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

it('makes a random 256-bit key in DIR.key, beside the data directory and owner-only, then reads it back', () => {
  const made = loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: {} });
  const keyFile = `${directory.path}.key`;
  expect(made).toMatchObject({ keyStorage: 'key_file', keyFile });
  expect(made.key).toHaveLength(32);
  expect(readFileSync(keyFile, 'utf8')).toBe(`${made.key.toString('hex')}\n`);
  expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  expect(
    loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: {} }).key.equals(made.key),
  ).toBe(true);
  expect(
    loadWebHostDatabaseKey({ dataDirectory: `${directory.path}-other`, environment: {} }).key.equals(
      made.key,
    ),
  ).toBe(false);
});

it('takes RAPPORT_DB_KEY over any file, and refuses one that is not 64 hex digits', () => {
  const hex = 'ab'.repeat(32);
  expect(
    loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: { RAPPORT_DB_KEY: hex } }),
  ).toEqual({
    key: Buffer.from(hex, 'hex'),
    keyStorage: 'environment',
    keyStorageBackend: null,
    keyFile: null,
  });
  expect(() =>
    loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: { RAPPORT_DB_KEY: 'hunter2' } }),
  ).toThrow(/RAPPORT_DB_KEY must be 64 hexadecimal digits/);
});

it('uses --key-file where given, and refuses a file that holds no key', () => {
  const keyFile = path.join(path.dirname(directory.path), 'elsewhere', 'rapport.key');
  expect(loadWebHostDatabaseKey({ dataDirectory: directory.path, keyFile, environment: {} }).keyFile).toBe(
    keyFile,
  );
  writeFileSync(keyFile, 'not a key');
  expect(() => loadWebHostDatabaseKey({ dataDirectory: directory.path, keyFile, environment: {} })).toThrow(
    /does not hold a Rapport database key/,
  );
});

it('never makes a new key for a database that is already encrypted: it says where the key was expected', () => {
  writeFileSync(path.join(directory.path, 'rapport.sqlite3'), Buffer.alloc(4096, 0x5a));
  expect(() => loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: {} })).toThrow(
    MissingDatabaseKeyError,
  );
  expect(() => loadWebHostDatabaseKey({ dataDirectory: directory.path, environment: {} })).toThrow(
    `its key is not at ${directory.path}.key`,
  );
});
