import type { BackupInfo } from '../../../shared/schemas/backupInfo.ts';
import { backupRetention } from './backupRetention.ts';

/** Monday of the UTC week a time falls in, as yyyy-mm-dd. */
function weekOf(createdAt: string): string {
  const day = new Date(createdAt.slice(0, 10));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** The newest backup in each of the `count` most recent periods that have one. */
function newestPerPeriod(
  newestFirst: readonly BackupInfo[],
  periodOf: (createdAt: string) => string,
  count: number,
) {
  const kept = new Set<string>();
  const periods = new Set<string>();
  for (const backup of newestFirst) {
    const period = periodOf(backup.createdAt);
    if (periods.has(period)) continue;
    if (periods.size === count) break;
    periods.add(period);
    kept.add(backup.name);
  }
  return kept;
}

/**
 * Which backups to delete. Periods count only days and weeks that have a backup, so a month away from Rapport
 * never leaves it with nothing to restore: the old backups stay until newer ones replace them.
 */
export function backupsToPrune(backups: readonly BackupInfo[]): string[] {
  const newestFirst = [...backups].sort((first, second) => second.createdAt.localeCompare(first.createdAt));
  const automatic = newestFirst.filter((backup) => backup.kind === 'daily' || backup.kind === 'quit');
  const keep = new Set([
    ...newestPerPeriod(automatic, (createdAt) => createdAt.slice(0, 10), backupRetention.days),
    ...newestPerPeriod(automatic, weekOf, backupRetention.weeks),
    ...newestFirst
      .filter((backup) => backup.kind === 'manual')
      .slice(0, backupRetention.manual)
      .map((backup) => backup.name),
    ...newestFirst
      .filter((backup) => backup.kind === 'before-restore' || backup.kind === 'before-encryption')
      .slice(0, backupRetention.safety)
      .map((backup) => backup.name),
  ]);
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
