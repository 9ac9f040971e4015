import { chmodSync } from 'node:fs';
import { privateModes } from './privateModes.ts';

/** Narrows an existing file to the owner alone; a file that is not there is left alone. */
export function makePrivate(file: string, mode: number = privateModes.file): void {
  try {
    chmodSync(file, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
