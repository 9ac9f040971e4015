import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listBackups } from '../storage/backups/listBackups.ts';
import { isPlaintextDatabaseFile } from '../storage/encryption/isPlaintextDatabaseFile.ts';
import { openKeyedDatabase } from '../storage/encryption/openKeyedDatabase.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { createRepositories } from '../storage/repositories/createRepositories.ts';
import { filesContaining } from '../testing/filesContaining.ts';
import { openBackendIn } from '../testing/openBackendIn.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

/** A database exactly as a Rapport without encryption wrote it: same migrations and repositories, no key. */
function writePlaintextDatabase(file: string): void {
  const database = openDatabase(file);
  const { candidates, settings } = createRepositories(database, { noteRevisionIntervalMs: 0 });
  candidates.create({ name: 'Ada Lovelace', email: 'ada@example.com', tags: ['rust'], links: [] } as never);
  settings.setMany({ 'signaling.key': 'old-plaintext-signal-key' });
  // Left with its WAL, as a killed app would leave it.
  database.pragma('wal_checkpoint(PASSIVE)');
  database.prepare("UPDATE candidates SET role = 'Analyst'").run();
  database.close();
}

it('encrypts a plaintext database once, after an encrypted backup of it, and keeps every row', async () => {
  const file = path.join(directory.path, 'rapport.sqlite3');
  writePlaintextDatabase(file);
  expect(isPlaintextDatabaseFile(file)).toBe(true);
  // Readable by anyone: the email is there in the clear (the file or its WAL).
  expect(filesContaining(directory.path, 'ada@example.com')).not.toEqual([]);

  const backend = openBackendIn(directory.path);
  const listed = await backend.router.call('candidates.list', {});
  expect(listed).toMatchObject({
    ok: true,
    value: { items: [{ email: 'ada@example.com', role: 'Analyst' }] },
  });
  expect(await backend.router.call('settings.get', {})).toMatchObject({
    ok: true,
    value: { hasSignalingKey: true },
  });
  backend.close();

  const backups = listBackups(path.join(directory.path, 'backups'));
  expect(backups.map((backup) => backup.kind)).toEqual(['before-encryption']);
  const backup = openKeyedDatabase(backups[0]!.file, testDatabaseKey.key, { readonly: true });
  expect(backup.prepare('SELECT email, role FROM candidates').all()).toEqual([
    { email: 'ada@example.com', role: 'Analyst' },
  ]);
  backup.close();

  expect(isPlaintextDatabaseFile(file)).toBe(false);
  expect(() =>
    execFileSync('sqlite3', [file, 'SELECT count(*) FROM sqlite_master'], { stdio: 'pipe' }),
  ).toThrow(/file is not a database/);
  expect(filesContaining(directory.path, 'ada@example.com')).toEqual([]);
  expect(filesContaining(directory.path, 'old-plaintext-signal-key')).toEqual([]);

  // Once: the next start finds it encrypted and makes no second copy.
  openBackendIn(directory.path).close();
  expect(listBackups(path.join(directory.path, 'backups'))).toHaveLength(1);
});
