import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { createPrivateFile } from '../files/createPrivateFile.ts';
import { writePrivateFile } from '../files/writePrivateFile.ts';
import { DataDirectoryInUseError } from './DataDirectoryInUseError.ts';

export type DataDirectoryLock = {
  /** Lets the next process in; the operating system does the same if this one dies. */
  release(): void;
};

export const lockFileName = 'rapport.lock';
const ownerFileName = 'rapport.lock.owner';

/**
 * One process per data directory. The lock is an exclusive SQLite lock (an OS file lock) held on a small file
 * for as long as the process lives: the kernel drops it when the process ends, however it ends, so a crash can
 * never leave a stale lock and a reused pid can never fake one. The owner file only names the holder in the
 * message a second process shows.
 */
export function lockDataDirectory(dataDirectory: string): DataDirectoryLock {
  const file = path.join(dataDirectory, lockFileName);
  const ownerFile = path.join(dataDirectory, ownerFileName);
  createPrivateFile(file);
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.pragma('journal_mode = MEMORY');
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write in EXCLUSIVE mode takes the exclusive lock, and it is kept until close.
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); COMMIT');
  } catch (error) {
    lock.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
      throw new DataDirectoryInUseError(dataDirectory, readOwner(ownerFile));
    }
    throw error;
  }
  writePrivateFile(
    ownerFile,
    JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }),
  );
  return {
    release() {
      if (!lock.open) return;
      rmSync(ownerFile, { force: true });
      lock.close();
    },
  };
}

function readOwner(ownerFile: string): string | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile, 'utf8')) as {
      pid?: unknown;
      host?: unknown;
      since?: unknown;
    };
    if (typeof owner.pid !== 'number') return null;
    return `process ${owner.pid}${typeof owner.host === 'string' ? ` on ${owner.host}` : ''}${
      typeof owner.since === 'string' ? `, since ${owner.since}` : ''
    }`;
  } catch {
    return null;
  }
}
