import path from 'node:path';
import type { BackupFile } from '../storage/backups/BackupFile.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { putBackupInPlace } from '../storage/backups/putBackupInPlace.ts';
import { verifyBackup } from '../storage/backups/verifyBackup.ts';
import { prepareDataDirectory } from '../storage/files/prepareDataDirectory.ts';
import { lockDataDirectory } from '../storage/lock/lockDataDirectory.ts';
import { createStorageWorkers } from '../storage/worker/createStorageWorkers.ts';
import type { DatabaseKeySource } from './DatabaseKeySource.ts';
import { defaultStorageWorkerFile } from './defaultStorageWorkerFile.ts';
import { backupsDirectoryName, damagedDirectoryName, databaseFileName } from './openBackend.ts';

/**
 * Restores a backup while nothing has the database open: the startup dialog's "Restore the newest backup" and the
 * web host's --restore-backup. The file it replaces, whatever state it is in, is moved aside, not deleted.
 */
export async function restoreBeforeOpening(options: {
  dataDirectory: string;
  databaseKey: DatabaseKeySource;
  /** A backup's file name, or 'newest'. */
  name: string;
  storageWorkerFile?: string;
}): Promise<{ restored: BackupFile; damagedCopy: string | null }> {
  prepareDataDirectory(options.dataDirectory);
  const lock = lockDataDirectory(options.dataDirectory);
  const workers = createStorageWorkers(options.storageWorkerFile ?? defaultStorageWorkerFile);
  try {
    const backupsDirectory = path.join(options.dataDirectory, backupsDirectoryName);
    const backups = listBackups(backupsDirectory);
    const restored =
      options.name === 'newest' ? backups[0] : backups.find((backup) => backup.name === options.name);
    if (!restored) {
      throw new Error(
        options.name === 'newest'
          ? `There is no backup in ${backupsDirectory} to restore.`
          : `There is no backup named ${options.name} in ${backupsDirectory}.`,
      );
    }
    await verifyBackup(workers, restored.file, options.databaseKey.key);
    const { damagedCopy } = putBackupInPlace({
      databaseFile: path.join(options.dataDirectory, databaseFileName),
      backupFile: restored.file,
      setAsideDirectory: path.join(options.dataDirectory, damagedDirectoryName),
    });
    return { restored, damagedCopy };
  } finally {
    await workers.terminateAll();
    lock.release();
  }
}
