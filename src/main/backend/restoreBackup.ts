import type { BackupInfo } from '../../shared/schemas/backupInfo.ts';
import type { BackupFile } from '../storage/backups/BackupFile.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { putBackupInPlace } from '../storage/backups/putBackupInPlace.ts';
import { verifyBackup } from '../storage/backups/verifyBackup.ts';
import { NotFoundError } from '../storage/errors/NotFoundError.ts';
import type { StorageWorkers } from '../storage/worker/createStorageWorkers.ts';

const info = ({ name, kind, createdAt, bytes }: BackupFile): BackupInfo => ({ name, kind, createdAt, bytes });

/**
 * The steps of a restore, in the order that loses nothing: check the backup, stop every call, save the current
 * state (a backup; a damaged file is set aside instead), close, put the backup in place, open it (migrating an
 * older one). If anything fails before the swap, the current file stays as it was.
 */
export async function restoreBackup(options: {
  name: string;
  wasDamaged: boolean;
  backupsDirectory: string;
  damagedDirectory: string;
  databaseFile: string;
  key: Buffer;
  workers: StorageWorkers;
  begin(): void;
  saveCurrentState(): Promise<BackupFile>;
  closeSession(): void;
  openSession(): void;
}): Promise<{ restored: BackupInfo; savedAs: BackupInfo | null; damagedCopy: string | null }> {
  const backup = listBackups(options.backupsDirectory).find((entry) => entry.name === options.name);
  if (!backup) {
    throw new NotFoundError('There is no backup with that name.', [
      { path: 'name', message: 'No such backup' },
    ]);
  }
  await verifyBackup(options.workers, backup.file, options.key);
  options.begin();
  const savedAs = options.wasDamaged ? null : await options.saveCurrentState();
  // The startup check or a daily backup may still be reading the file about to be replaced.
  await options.workers.terminateAll();
  options.closeSession();
  let damagedCopy: string | null = null;
  try {
    ({ damagedCopy } = putBackupInPlace({
      databaseFile: options.databaseFile,
      backupFile: backup.file,
      ...(options.wasDamaged ? { setAsideDirectory: options.damagedDirectory } : {}),
    }));
  } finally {
    // The restored file, or the one that was there if the swap failed.
    options.openSession();
  }
  return { restored: info(backup), savedAs: savedAs && info(savedAs), damagedCopy };
}
