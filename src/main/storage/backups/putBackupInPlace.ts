import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyPrivateFile } from '../files/copyPrivateFile.ts';
import { makePrivate } from '../files/makePrivate.ts';
import { privateModes } from '../files/privateModes.ts';

/**
 * With the database closed: copies the backup beside the database first (a full disk fails here, before
 * anything moved), then moves a damaged file and its WAL, which may hold the last saves, into
 * `setAsideDirectory` when one is given, then renames the copy into place. The backup itself is left as it is.
 */
export function putBackupInPlace(options: {
  databaseFile: string;
  backupFile: string;
  setAsideDirectory?: string;
  now?: Date;
}): { damagedCopy: string | null } {
  const { databaseFile } = options;
  const incoming = `${databaseFile}.restoring`;
  try {
    copyPrivateFile(options.backupFile, incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  let damagedCopy: string | null = null;
  if (options.setAsideDirectory && existsSync(databaseFile)) {
    mkdirSync(options.setAsideDirectory, { recursive: true, mode: privateModes.directory });
    makePrivate(options.setAsideDirectory, privateModes.directory);
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    damagedCopy = path.join(options.setAsideDirectory, `rapport-${stamp}.sqlite3`);
    renameSync(databaseFile, damagedCopy);
    if (existsSync(`${databaseFile}-wal`)) renameSync(`${databaseFile}-wal`, `${damagedCopy}-wal`);
  }
  // A WAL left beside the restored file would be replayed over it.
  for (const companion of ['-wal', '-shm']) rmSync(`${databaseFile}${companion}`, { force: true });
  renameSync(incoming, databaseFile);
  return { damagedCopy };
}
