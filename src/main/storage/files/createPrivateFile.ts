import { closeSync, openSync } from 'node:fs';
import { privateModes } from './privateModes.ts';

/**
 * Creates an empty file readable by its owner only, unless it exists. SQLite then opens it as it is, and gives
 * the -wal and -shm files it makes beside it the same mode. An existing file is never opened here: closing a
 * descriptor would drop every POSIX lock this process holds on it, SQLite's included.
 */
export function createPrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', privateModes.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
