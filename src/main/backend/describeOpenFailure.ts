import path from 'node:path';
import type { BackupFile } from '../storage/backups/BackupFile.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { DatabaseTooNewError } from '../storage/DatabaseTooNewError.ts';
import { asStorageError } from '../storage/errors/asStorageError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { describeDamage } from './describeDamage.ts';
import { backupsDirectoryName, databaseFileName } from './openBackend.ts';

/**
 * Why openBackend threw, for a person: one line for a dialog's title, the full message (naming the file and,
 * for a damaged file, the newest backup), and the backup a restore would use. Same words in both hosts.
 */
export function describeOpenFailure(
  error: unknown,
  dataDirectory: string,
): { summary: string; message: string; damaged: boolean; newestBackup: BackupFile | null } {
  const databaseFile = path.join(dataDirectory, databaseFileName);
  if (asStorageError(error) instanceof DamagedDatabaseError) {
    const newestBackup = listBackups(path.join(dataDirectory, backupsDirectoryName))[0] ?? null;
    const cause = (error as Error).cause;
    const finding = cause instanceof Error ? cause.message : (error as Error).message;
    return {
      summary: 'Rapport’s database is damaged, or was encrypted with another key.',
      message: describeDamage(databaseFile, newestBackup, finding),
      damaged: true,
      newestBackup,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    summary:
      error instanceof DatabaseTooNewError
        ? 'This database belongs to a newer version of Rapport.'
        : 'Rapport could not open its database, so it will not start.',
    message,
    damaged: false,
    newestBackup: null,
  };
}
