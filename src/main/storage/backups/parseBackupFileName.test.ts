import { expect, it } from 'vitest';
import { backupFileName } from './backupFileName.ts';
import { parseBackupFileName } from './parseBackupFileName.ts';

it('reads back the kind and time a backup name records', () => {
  const name = backupFileName('before-restore', new Date('2026-05-01T10:20:30.123Z'));
  expect(name).toBe('rapport-2026-05-01T10-20-30-123Z-before-restore.sqlite3');
  expect(parseBackupFileName(name)).toEqual({
    kind: 'before-restore',
    createdAt: '2026-05-01T10:20:30.123Z',
  });
});

it.each([
  'rapport.sqlite3',
  'rapport-2026-05-01T10-20-30-123Z-daily.sqlite3.partial',
  'rapport-2026-05-01T10-20-30-123Z-weekly.sqlite3',
  '../rapport-2026-05-01T10-20-30-123Z-daily.sqlite3',
  'rapport-2026-13-45T99-20-30-123Z-daily.sqlite3',
])('is not a backup: %s', (name) => {
  expect(parseBackupFileName(name)).toBe(null);
});
