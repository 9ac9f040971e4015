import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { ExportFiles } from './ExportFiles.ts';
import { exportPathPattern } from './exportPathPattern.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let now: Date;
let files: ExportFiles;

beforeEach(() => {
  directory = temporaryDirectory();
  now = new Date('2026-05-01T10:00:00.000Z');
  files = new ExportFiles(directory.path, () => now);
});
afterEach(() => directory.remove());

const tokenOf = (downloadPath: string) => exportPathPattern.exec(downloadPath)![1]!;

it('writes each chunk as it comes, under a random name, and answers one fetch', async () => {
  const first = await files.write(async (write) => {
    write(new Uint8Array([1, 2]));
    write(new Uint8Array([3]));
    return { fileName: 'rapport-export-2026-05-01.zip' };
  });
  const second = await files.write(async () => ({ fileName: 'rapport-export-2026-05-01.zip' }));
  expect(first).toMatchObject({ fileName: 'rapport-export-2026-05-01.zip', sizeBytes: 3 });
  expect(tokenOf(first.downloadPath)).not.toBe(tokenOf(second.downloadPath));
  const download = files.find(tokenOf(first.downloadPath))!;
  expect([...readFileSync(download.file)]).toEqual([1, 2, 3]);
  download.claim();
  expect(files.find(tokenOf(first.downloadPath))).toBeNull();
  download.served();
  expect(existsSync(download.file)).toBe(false);
  expect(files.find('0'.repeat(48))).toBeNull();
});

it('a build that fails leaves no file behind', async () => {
  await expect(
    files.write(async (write) => {
      write(new Uint8Array([1]));
      throw new Error('disk full');
    }),
  ).rejects.toThrow('disk full');
  files.sweep();
  expect(readdirSync(files.directory)).toEqual([]);
});

it('an export nobody fetched is deleted by the next export once an hour old, not before', async () => {
  const stale = await files.write(async () => ({ fileName: 'a.zip' }));
  const file = files.find(tokenOf(stale.downloadPath))!.file;
  now = new Date('2026-05-01T10:59:00.000Z');
  await files.write(async () => ({ fileName: 'b.zip' }));
  expect(existsSync(file)).toBe(true);
  now = new Date('2026-05-01T11:00:01.000Z');
  await files.write(async () => ({ fileName: 'c.zip' }));
  expect(existsSync(file)).toBe(false);
  expect(files.find(tokenOf(stale.downloadPath))).toBeNull();
});
