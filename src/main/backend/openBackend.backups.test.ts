import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { openBackendIn, type CallableBackend } from '../testing/openBackendIn.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let backend: CallableBackend;
const open = () => openBackendIn(directory.path);
const call = <T>(method: string, input: unknown) => backend.call<T>(method, input);
const names = async () =>
  (await call<{ items: Array<{ name: string }> }>('candidates.list', {})).items
    .map((item) => item.name)
    .sort();

beforeEach(() => {
  directory = temporaryDirectory();
  backend = open();
});
afterEach(() => {
  backend.close();
  directory.remove();
});

describe('backups', () => {
  it('backs up now, lists the backup, and restores it after the data changed, saving the current state first', async () => {
    const ada = await call<{ id: string }>('candidates.create', { name: 'Ada Lovelace' });
    const backup = await call<BackupInfo>('backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', bytes: expect.any(Number) });
    expect(await call('backups.list', {})).toEqual({
      directory: path.join(directory.path, 'backups'),
      backups: [backup],
    });

    await call('candidates.update', { id: ada.id, changes: { name: 'Ada King' } });
    await call('candidates.create', { name: 'Grace Hopper' });
    expect(await names()).toEqual(['Ada King', 'Grace Hopper']);

    const restored = await call<{ restored: BackupInfo; savedAs: BackupInfo; damagedCopy: null }>(
      'backups.restore',
      {
        name: backup.name,
      },
    );
    expect(restored).toMatchObject({
      restored: backup,
      savedAs: { kind: 'before-restore' },
      damagedCopy: null,
    });
    expect(await names()).toEqual(['Ada Lovelace']);
    // Writing works on the restored file, and the state it replaced is one restore away.
    await call('candidates.create', { name: 'Alan Turing' });
    await call('backups.restore', { name: restored.savedAs.name });
    expect(await names()).toEqual(['Ada King', 'Grace Hopper']);
  });

  it('survives a restart after a restore', async () => {
    await call('candidates.create', { name: 'Ada Lovelace' });
    const backup = await call<BackupInfo>('backups.create', {});
    await call('candidates.create', { name: 'Grace Hopper' });
    await call('backups.restore', { name: backup.name });
    backend.close();
    backend = open();
    expect(await names()).toEqual(['Ada Lovelace']);
  });

  it('refuses an unknown backup, a name that is not one, and a damaged backup, changing nothing', async () => {
    await call('candidates.create', { name: 'Ada Lovelace' });
    const backup = await call<BackupInfo>('backups.create', {});
    await call('candidates.create', { name: 'Grace Hopper' });

    expect(
      await backend.router.call('backups.restore', {
        name: 'rapport-2020-01-01T00-00-00-000Z-manual.sqlite3',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.router.call('backups.restore', { name: '../rapport.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'name' }] },
    });
    writeFileSync(path.join(directory.path, 'backups', backup.name), Buffer.alloc(8192, 7));
    expect(await backend.router.call('backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/damaged or was encrypted with another key/),
      },
    });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    // Refused before anything was saved: no safety copy was made for a restore that never happened.
    expect(listBackups(path.join(directory.path, 'backups')).map((entry) => entry.kind)).toEqual(['manual']);
  });

  it('backs up on quit when anything changed, and not again when nothing did', async () => {
    const backups = () => listBackups(path.join(directory.path, 'backups'));
    await call('candidates.create', { name: 'Ada Lovelace' });
    await backend.closeWithBackup();
    const first = backups();
    expect(first.map((entry) => entry.kind)).toEqual(['quit']);

    backend = open();
    await names();
    await backend.closeWithBackup();
    expect(backups()).toEqual(first);

    backend = open();
    await call('candidates.create', { name: 'Grace Hopper' });
    await backend.closeWithBackup();
    // Same day, so the newer quit backup replaces the older one (the newest of each day is kept).
    const [newest, ...rest] = backups();
    expect(rest).toEqual([]);
    expect(newest!.name).not.toBe(first[0]!.name);
    backend = open();
    await call('backups.restore', { name: newest!.name });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('makes its daily backup on a timer, only when the newest automatic one is a day old', async () => {
    backend.close();
    backend = openBackendIn(directory.path, {
      automaticBackups: { firstCheckAfterMs: 10, checkEveryMs: 10 },
    });
    await backend.startupCheck;
    await expect
      .poll(() => listBackups(path.join(directory.path, 'backups')).map((entry) => entry.kind))
      .toEqual(['daily']);
    // Many more checks come and go; a backup from a minute ago is not due again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listBackups(path.join(directory.path, 'backups'))).toHaveLength(1);
  });

  it('exports everything as one zip: each table as JSON, each candidate as Markdown, no secrets', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    await call('candidates.create', { name: 'Zoë Kraków', email: 'zoe@example.com' });
    const trashed = await call<{ id: string }>('candidates.create', { name: 'Alan Turing' });
    await call('candidates.delete', { id: trashed.id });
    await call('settings.update', {
      signalingUrl: 'https://signal.example.com',
      signalingKey: 'secret-key-123',
    });
    const exported = await call<{ fileName: string; contentBase64: string }>('backups.exportEverything', {});
    expect(exported.fileName).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(Buffer.from(exported.contentBase64, 'base64'));
    const folder = exported.fileName.replace('.zip', '');
    const paths = Object.keys(files);
    expect(paths).toEqual(
      expect.arrayContaining([
        `${folder}/README.md`,
        `${folder}/tables/candidates.json`,
        `${folder}/tables/notes.json`,
      ]),
    );
    expect(paths.some((name) => name.includes('_fts'))).toBe(false);
    const candidates = JSON.parse(strFromU8(files[`${folder}/tables/candidates.json`]!)) as Array<{
      email: string | null;
    }>;
    expect(candidates.map((row) => row.email)).toEqual(['zoe@example.com', null]);
    const pages = paths.filter((name) => name.startsWith(`${folder}/candidates/`));
    expect(pages).toHaveLength(2);
    expect(pages.map((name) => strFromU8(files[name]!).split('\n')[0]).sort()).toEqual([
      '# Alan Turing',
      '# Zoë Kraków',
    ]);
    const everything = paths.map((name) => strFromU8(files[name]!)).join('\n');
    expect(everything).not.toContain('secret-key-123');
    expect(everything).toContain('https://signal.example.com');
  });
});
