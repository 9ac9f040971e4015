import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabaseKey } from '../storage/encryption/createDatabaseKey.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { filesContaining } from '../testing/filesContaining.ts';
import { filesUnder } from '../testing/filesUnder.ts';
import { openBackendIn } from '../testing/openBackendIn.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';

let directory: ReturnType<typeof temporaryDirectory>;
const open = (databaseKey = testDatabaseKey) => openBackendIn(directory.path, { databaseKey });

beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

describe('the database at rest', () => {
  it('holds no candidate email and no signalling key in any file: database, WAL or backups', async () => {
    const backend = open();
    await backend.call('candidates.create', { name: 'Ada Lovelace', email: 'ada.lovelace@example.com' });
    await backend.call('settings.update', {
      signalingUrl: 'https://signal.example.com',
      signalingKey: 'sk-signal-secret-7f3a9c',
    });
    // While running, the newest rows are still in the WAL.
    expect(filesUnder(directory.path).map((entry) => path.basename(entry.file))).toContain(
      'rapport.sqlite3-wal',
    );
    expect(filesContaining(directory.path, 'ada.lovelace@example.com')).toEqual([]);
    await backend.call('backups.create', {});
    await backend.call('candidates.create', { name: 'Grace Hopper', email: 'grace.hopper@example.com' });
    await backend.closeWithBackup();

    const backups = filesUnder(path.join(directory.path, 'backups'));
    expect(backups.map((entry) => entry.file)).toEqual(
      [expect.stringMatching(/-manual\.sqlite3$/), expect.stringMatching(/-quit\.sqlite3$/)].sort(),
    );
    for (const secret of ['ada.lovelace@example.com', 'grace.hopper@example.com', 'sk-signal-secret-7f3a9c'])
      expect(filesContaining(directory.path, secret), secret).toEqual([]);
    // Only the lock file (an empty SQLite file that holds no data) has a plaintext header.
    expect(filesContaining(directory.path, 'SQLite format 3')).toEqual([
      path.join(directory.path, 'rapport.lock'),
    ]);
  });

  it('is no database at all to the sqlite3 tool, and opens again with its key after a restart', async () => {
    const first = open();
    await first.call('candidates.create', { name: 'Zoë Kraków', email: 'zoe@example.com' });
    first.close();
    const file = path.join(directory.path, 'rapport.sqlite3');
    expect(() => execFileSync('sqlite3', [file, 'SELECT * FROM candidates'], { stdio: 'pipe' })).toThrow(
      /file is not a database/,
    );
    const second = open();
    const listed = await second.call<{ items: Array<{ email: string }> }>('candidates.list', {});
    expect(listed.items.map((item) => item.email)).toEqual(['zoe@example.com']);
    second.close();
  });

  it('refuses another key with a damaged-database error, and changes nothing', async () => {
    open().close();
    const other = { ...testDatabaseKey, key: createDatabaseKey() };
    expect(() => open(other)).toThrow(DamagedDatabaseError);
    // The right key still opens it: the wrong one wrote nothing.
    open().close();
  });

  it('makes the data directory 0700 and its files 0600, narrowing what an older Rapport left open', async () => {
    mkdirSync(path.join(directory.path, 'backups'));
    chmodSync(directory.path, 0o755);
    chmodSync(path.join(directory.path, 'backups'), 0o755);
    writeFileSync(
      path.join(directory.path, 'backups', 'rapport-2026-01-01T00-00-00-000Z-manual.sqlite3'),
      '',
      {
        mode: 0o644,
      },
    );
    const backend = open();
    await backend.call('candidates.create', { name: 'Ada Lovelace' });
    await backend.call('backups.create', {});
    const modes = [
      { file: directory.path, mode: statSync(directory.path).mode & 0o777, isDirectory: true },
      ...filesUnder(directory.path),
    ];
    for (const entry of modes)
      expect(entry.mode.toString(8), path.relative(directory.path, entry.file)).toBe(
        entry.isDirectory ? '700' : '600',
      );
    expect(modes.map((entry) => path.basename(entry.file))).toEqual(
      expect.arrayContaining([
        'rapport.sqlite3',
        'rapport.sqlite3-wal',
        'rapport.sqlite3-shm',
        'rapport.lock',
      ]),
    );
    backend.close();
  });
});
