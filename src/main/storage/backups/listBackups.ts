import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupFile } from './BackupFile.ts';
import { parseBackupFileName } from './parseBackupFileName.ts';

/** Every finished backup in `directory`, newest first; unfinished (.partial) and foreign files are skipped. */
export function listBackups(directory: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const file = path.join(directory, name);
    try {
      const stats = statSync(file);
      if (stats.isFile()) backups.push({ name, file, bytes: stats.size, ...parsed });
    } catch {
      // Removed while we listed: not a backup any more.
    }
  }
  return backups.sort((first, second) => second.createdAt.localeCompare(first.createdAt));
}
