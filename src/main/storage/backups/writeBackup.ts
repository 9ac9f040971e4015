import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../../shared/schemas/backupKind.ts';
import { createPrivateFile } from '../files/createPrivateFile.ts';
import { makePrivate } from '../files/makePrivate.ts';
import { privateModes } from '../files/privateModes.ts';
import { failureAsError } from '../worker/failureAsError.ts';
import type { StorageWorkers } from '../worker/createStorageWorkers.ts';
import type { BackupFile } from './BackupFile.ts';
import { backupFileName } from './backupFileName.ts';
import { parseBackupFileName } from './parseBackupFileName.ts';

/**
 * Copies the live database into the backups folder with VACUUM INTO, on a worker thread: one consistent
 * snapshot (a WAL read transaction, so saves carry on meanwhile), encrypted with the same key, and compact.
 * It is written under a .partial name and renamed when complete, so a crash never leaves half a backup.
 */
export async function writeBackup(options: {
  workers: StorageWorkers;
  databaseFile: string;
  key: Buffer | null;
  backupsDirectory: string;
  kind: BackupKind;
  now?: Date;
}): Promise<BackupFile> {
  mkdirSync(options.backupsDirectory, { recursive: true, mode: privateModes.directory });
  makePrivate(options.backupsDirectory, privateModes.directory);
  const name = backupFileName(options.kind, options.now ?? new Date());
  const file = path.join(options.backupsDirectory, name);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  try {
    const result = await options.workers.run({
      task: 'vacuumInto',
      file: options.databaseFile,
      keyHex: options.key?.toString('hex') ?? null,
      destination: partial,
    });
    if (!result.ok) throw failureAsError(result.failure, `Rapport could not write the backup ${file}`);
    makePrivate(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { name, file, bytes: statSync(file).size, ...parseBackupFileName(name)! };
}
