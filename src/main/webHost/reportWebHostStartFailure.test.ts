import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../storage/DatabaseTooNewError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { DataDirectoryInUseError } from '../storage/lock/DataDirectoryInUseError.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { DatabaseDamagedAtStartError } from './DatabaseDamagedAtStartError.ts';
import { reportWebHostStartFailure } from './reportWebHostStartFailure.ts';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

it('exits 3 for a file that cannot even be opened, naming it, the newest backup and how to restore it', () => {
  mkdirSync(path.join(directory.path, 'backups'));
  const backup = path.join(directory.path, 'backups', 'rapport-2026-05-01T10-20-30-123Z-quit.sqlite3');
  writeFileSync(backup, 'encrypted');
  const { text, exitCode } = reportWebHostStartFailure(
    new DamagedDatabaseError(new Error('file is not a database')),
    directory.path,
  );
  expect(exitCode).toBe(3);
  expect(text).toContain(`${path.join(directory.path, 'rapport.sqlite3')} is damaged`);
  expect(text).toContain(`The newest backup is ${backup}, from 2026-05-01 10:20 UTC.`);
  expect(text).toContain('SQLite reported: file is not a database');
  expect(text).toContain(`--data-dir ${JSON.stringify(directory.path)} --restore-backup newest`);
});

it('exits 3 without a restore command when there is no backup', () => {
  const { text, exitCode } = reportWebHostStartFailure(
    new DamagedDatabaseError(new Error('malformed')),
    directory.path,
  );
  expect(exitCode).toBe(3);
  expect(text).toContain('There is no backup of it yet.');
  expect(text).not.toContain('--restore-backup');
});

it('exits 3 with the check’s own message when the check at start found the damage', () => {
  expect(
    reportWebHostStartFailure(new DatabaseDamagedAtStartError('The file is damaged.'), directory.path),
  ).toEqual({
    text: expect.stringMatching(/^The file is damaged\.\nTo restore the newest backup/),
    exitCode: 3,
  });
});

it.each([
  new DataDirectoryInUseError('/data', 'process 42'),
  new DatabaseTooNewError('/data/rapport.sqlite3', 990, 60),
  new Error('EACCES: permission denied'),
])('exits 1 with the message as it is: %s', (error) => {
  expect(reportWebHostStartFailure(error, directory.path)).toEqual({ text: error.message, exitCode: 1 });
});
