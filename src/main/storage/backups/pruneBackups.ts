import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupsToPrune } from './backupsToPrune.ts';
import { listBackups } from './listBackups.ts';

const abandonedAfterMilliseconds = 24 * 60 * 60 * 1000;

/** Deletes the backups the retention rules no longer keep, and unfinished copies a crash left; returns their names. */
export function pruneBackups(backupsDirectory: string, now = Date.now()): string[] {
  if (!existsSync(backupsDirectory)) return [];
  const removed = backupsToPrune(listBackups(backupsDirectory));
  for (const name of removed) rmSync(path.join(backupsDirectory, name), { force: true });
  for (const name of readdirSync(backupsDirectory)) {
    if (!name.endsWith('.partial')) continue;
    const file = path.join(backupsDirectory, name);
    if (now - statSync(file).mtimeMs > abandonedAfterMilliseconds) {
      rmSync(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
