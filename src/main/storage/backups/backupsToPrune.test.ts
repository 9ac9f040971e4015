import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/schemas/backupInfo.ts';
import type { BackupKind } from '../../../shared/schemas/backupKind.ts';
import { backupFileName } from './backupFileName.ts';
import { backupsToPrune } from './backupsToPrune.ts';

function backup(createdAt: string, kind: BackupKind = 'daily'): BackupInfo {
  return { name: backupFileName(kind, new Date(createdAt)), kind, createdAt, bytes: 1 };
}

/** One automatic backup a day at 09:00 UTC, then one on quit at 18:00, for `days` days up to 2026-05-31. */
function everyDay(days: number): BackupInfo[] {
  const list: BackupInfo[] = [];
  for (let day = 0; day < days; day += 1) {
    const date = new Date(Date.UTC(2026, 4, 31 - day)).toISOString().slice(0, 10);
    list.push(backup(`${date}T09:00:00.000Z`, 'daily'), backup(`${date}T18:00:00.000Z`, 'quit'));
  }
  return list;
}

const kept = (list: BackupInfo[]) => {
  const removed = new Set(backupsToPrune(list));
  return list
    .filter((entry) => !removed.has(entry.name))
    .map((entry) => `${entry.createdAt.slice(0, 16)} ${entry.kind}`);
};

describe('backupsToPrune', () => {
  it('keeps the newest automatic backup of each of the last 7 days and of each of the last 4 weeks', () => {
    expect(kept(everyDay(60))).toEqual([
      // The last seven days, newest of each (the quit backup at 18:00).
      '2026-05-31T18:00 quit',
      '2026-05-30T18:00 quit',
      '2026-05-29T18:00 quit',
      '2026-05-28T18:00 quit',
      '2026-05-27T18:00 quit',
      '2026-05-26T18:00 quit',
      '2026-05-25T18:00 quit',
      // The newest of each of the last 4 weeks (Monday to Sunday): this one, then the Sundays before it.
      '2026-05-24T18:00 quit',
      '2026-05-17T18:00 quit',
      '2026-05-10T18:00 quit',
    ]);
  });

  it('counts only days with a backup, so a month away never leaves nothing to restore', () => {
    const beforeHoliday = ['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((date) => [
      backup(`${date}T09:00:00.000Z`, 'daily'),
      backup(`${date}T18:00:00.000Z`, 'quit'),
    ]);
    const afterHoliday = backup('2026-05-31T09:00:00.000Z');
    // Only the earlier backup of each March day goes; the newest of each day stays.
    expect(backupsToPrune([afterHoliday, ...beforeHoliday]).sort()).toEqual(
      beforeHoliday.filter((entry) => entry.kind === 'daily').map((entry) => entry.name),
    );
  });

  it('keeps the 10 newest manual backups and the 5 newest safety copies, apart from the automatic ones', () => {
    const manual = Array.from({ length: 12 }, (_, index) =>
      backup(`2026-05-${String(index + 1).padStart(2, '0')}T12:00:00.000Z`, 'manual'),
    );
    const safety = Array.from({ length: 7 }, (_, index) =>
      backup(
        `2026-04-${String(index + 1).padStart(2, '0')}T12:00:00.000Z`,
        index % 2 ? 'before-restore' : 'before-encryption',
      ),
    );
    const removed = backupsToPrune([...manual, ...safety, backup('2026-05-31T09:00:00.000Z')]);
    expect(removed.sort()).toEqual(
      [manual[0]!.name, manual[1]!.name, safety[0]!.name, safety[1]!.name].sort(),
    );
  });

  it('removes nothing from a short history', () => {
    expect(
      backupsToPrune([backup('2026-05-31T09:00:00.000Z'), backup('2026-05-30T09:00:00.000Z', 'manual')]),
    ).toEqual([]);
  });
});
