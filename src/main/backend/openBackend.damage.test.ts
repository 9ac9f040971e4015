import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import { corruptTablePage } from '../testing/corruptTablePage.ts';
import { openBackendIn, type CallableBackend } from '../testing/openBackendIn.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let backend: CallableBackend;
let file: string;
const open = () => openBackendIn(directory.path);
const call = <T>(method: string, input: unknown) => backend.call<T>(method, input);

/** 300 candidates (several pages of the table) and a backup of them; returns the first candidate's id. */
async function seed(): Promise<{ firstId: string; backup: BackupInfo }> {
  const rows = Array.from({ length: 300 }, (_, index) => `Person ${index},person${index}@example.com`);
  await call('candidates.import', {
    csv: ['Name,Email', ...rows].join('\n'),
    mapping: { Name: 'name', Email: 'email' },
  });
  const { items } = await call<{ items: Array<{ id: string; name: string }> }>('candidates.list', {
    sort: 'name',
    limit: 1,
  });
  const backup = await call<BackupInfo>('backups.create', {});
  return { firstId: items[0]!.id, backup };
}

beforeEach(() => {
  directory = temporaryDirectory();
  file = path.join(directory.path, 'rapport.sqlite3');
  backend = open();
});
afterEach(() => {
  backend.close();
  directory.remove();
});

describe('a damaged database', () => {
  it('is caught by the check at start: every write is refused, and the message names the file and the newest backup', async () => {
    const { backup } = await seed();
    backend.close();
    corruptTablePage(file, testDatabaseKey.key, 'candidates');
    const before = readFileSync(file);

    backend = open();
    const status = await backend.startupCheck;
    expect(status).toMatchObject({ state: 'damaged', databaseFile: file, newestBackup: backup });
    expect(status.message).toContain(file);
    expect(status.message).toContain(path.join(directory.path, 'backups', backup.name));

    for (const [method, input] of [
      ['candidates.create', { name: 'Written into a damaged file' }],
      ['settings.update', { recruiterName: 'Rita' }],
      ['backups.create', {}],
      ['candidates.list', {}],
    ] as const) {
      expect(await backend.router.call(method, input), method).toEqual({
        ok: false,
        error: { code: 'database_damaged', message: status.message },
      });
    }
    backend.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is caught during use, by the first read that meets the damage, and writing stops there', async () => {
    const { firstId } = await seed();
    backend.close();
    backend = open();
    expect(await backend.startupCheck).toMatchObject({ state: 'ok' });
    corruptTablePage(file, testDatabaseKey.key, 'candidates', 'all');

    expect(await backend.router.call('candidates.get', { id: firstId })).toMatchObject({
      ok: false,
      error: { code: 'database_damaged' },
    });
    const status = await call<{ state: string; message: string }>('app.databaseStatus', {});
    expect(status.state).toBe('damaged');
    expect(status.message).toMatch(/malformed|not a database/);
    expect(await backend.router.call('candidates.create', { name: 'After the damage' })).toMatchObject({
      ok: false,
      error: { code: 'database_damaged', message: status.message },
    });
  });

  it('restores the newest backup: the damaged file and its WAL are set aside, and writing works again', async () => {
    const { backup } = await seed();
    backend.close();
    corruptTablePage(file, testDatabaseKey.key, 'candidates');
    backend = open();
    await backend.startupCheck;
    const damaged = readFileSync(file);

    const result = await call<{ savedAs: null; damagedCopy: string }>('backups.restore', {
      name: backup.name,
    });
    expect(result.savedAs).toBe(null);
    expect(path.dirname(result.damagedCopy)).toBe(path.join(directory.path, 'damaged'));
    expect(readFileSync(result.damagedCopy).equals(damaged)).toBe(true);
    expect(await call('app.databaseStatus', {})).toMatchObject({ state: 'ok', message: null });
    expect((await call<{ total: number }>('candidates.list', {})).total).toBe(300);
    await call('candidates.create', { name: 'After the restore' });
    expect((await call<{ total: number }>('candidates.list', {})).total).toBe(301);
    expect(readdirSync(path.join(directory.path, 'damaged'))).toEqual([path.basename(result.damagedCopy)]);
    expect(existsSync(path.join(directory.path, 'backups', backup.name))).toBe(true);
  });
});
