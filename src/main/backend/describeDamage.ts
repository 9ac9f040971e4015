import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import { formatBackupTime } from './formatBackupTime.ts';

/** What the recovery screen, the startup dialog and the web host's terminal all say about a damaged file. */
export function describeDamage(
  databaseFile: string,
  newestBackup: (BackupInfo & { file: string }) | null,
  finding: string,
): string {
  return [
    `Rapport’s database file ${databaseFile} is damaged, so Rapport has stopped writing to it.`,
    newestBackup
      ? `The newest backup is ${newestBackup.file}, from ${formatBackupTime(newestBackup.createdAt)}.`
      : 'There is no backup of it yet.',
    `SQLite reported: ${finding}`,
  ].join(' ');
}
