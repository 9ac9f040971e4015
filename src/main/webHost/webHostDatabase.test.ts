import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHostProcess, type WebHostProcess } from '../../../e2e/fixtures/startWebHostProcess.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { corruptTablePage } from '../testing/corruptTablePage.ts';
import { filesContaining } from '../testing/filesContaining.ts';
import { filesUnder } from '../testing/filesUnder.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';

let directory: ReturnType<typeof temporaryDirectory>;
const hosts: WebHostProcess[] = [];
const keyFile = () => `${directory.path}.key`;
const databaseFile = () => path.join(directory.path, 'rapport.sqlite3');

async function start(extraArguments: string[] = []): Promise<WebHostProcess> {
  const host = await startWebHostProcess(directory.path, 0, extraArguments);
  hosts.push(host);
  return host;
}

async function call<T>(host: WebHostProcess, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${new URL(host.url).searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(async () => {
  for (const host of hosts.splice(0)) if (host.process.exitCode === null) await host.kill();
  directory.remove();
});

describe('the web host and its database', () => {
  it('keeps the key beside the data directory, 0600, and no candidate email or signalling key in any file', async () => {
    const host = await start();
    await call(host, 'candidates.create', { name: 'Ada Lovelace', email: 'ada.lovelace@example.com' });
    await call(host, 'settings.update', {
      signalingUrl: 'https://signal.example.com',
      signalingKey: 'sk-9f8e7d6c',
    });
    await call(host, 'backups.create', {});
    for (const secret of ['ada.lovelace@example.com', 'sk-9f8e7d6c'])
      expect(filesContaining(directory.path, secret), `${secret}, while running`).toEqual([]);
    await host.stop();
    for (const secret of ['ada.lovelace@example.com', 'sk-9f8e7d6c'])
      expect(filesContaining(directory.path, secret), `${secret}, stopped`).toEqual([]);

    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile(), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(directory.path).mode & 0o777).toBe(0o700);
    for (const entry of filesUnder(directory.path))
      expect(entry.mode, entry.file).toBe(entry.isDirectory ? 0o700 : 0o600);

    const restarted = await start();
    expect(await call(restarted, 'candidates.list', {})).toMatchObject({
      items: [{ email: 'ada.lovelace@example.com' }],
    });
    expect(await call(restarted, 'settings.encryption', {})).toEqual({
      encrypted: true,
      keyStorage: 'key_file',
      keyStorageBackend: null,
      keyFile: keyFile(),
    });
  });

  it('lets one web host at a time use a data directory, and the next one in after the first was killed', async () => {
    const first = await start();
    await expect(start()).rejects.toThrow(
      new RegExp(
        `exited with 1:[^]*Another Rapport is already using the data directory .*process ${first.process.pid}`,
      ),
    );
    expect((await call<{ total: number }>(first, 'candidates.list', {})).total).toBe(0);
    await first.kill();
    await call(await start(), 'candidates.create', { name: 'After the crash' });
  });

  it('refuses to write to a damaged database, exits 3 naming the file and the newest backup, and restores it from the command line', async () => {
    const host = await start();
    const rows = Array.from({ length: 300 }, (_, index) => `Person ${index},person${index}@example.com`);
    await call(host, 'candidates.import', {
      csv: ['Name,Email', ...rows].join('\n'),
      mapping: { Name: 'name', Email: 'email' },
    });
    await host.stop();
    const key = Buffer.from(readFileSync(keyFile(), 'utf8').trim(), 'hex');
    corruptTablePage(databaseFile(), key, 'candidates');
    const damaged = readFileSync(databaseFile());
    const newest = listBackups(path.join(directory.path, 'backups'))[0]!;

    const refused = await start().then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/^web host exited with 3:/);
    expect(refused).toContain(`${databaseFile()} is damaged`);
    expect(refused).toContain(`The newest backup is ${newest.file}`);
    expect(refused).toContain('--restore-backup newest');
    expect(readFileSync(databaseFile()).equals(damaged)).toBe(true);

    const restored = await start(['--restore-backup', 'newest']);
    expect((await call<{ total: number }>(restored, 'candidates.list', {})).total).toBe(300);
    await call(restored, 'candidates.create', { name: 'Written after the restore' });
    const [setAside] = filesUnder(path.join(directory.path, 'damaged'));
    expect(readFileSync(setAside!.file).equals(damaged)).toBe(true);
    // Three web host processes start in this test, each opening and checking the file: room for a busy machine.
  }, 90_000);
});
