import { closeSync, copyFileSync, fsyncSync, openSync } from 'node:fs';
import { makePrivate } from './makePrivate.ts';

/** Copies a closed file, owner-only and flushed to disk, so a rename that follows never exposes a short file. */
export function copyPrivateFile(source: string, destination: string): void {
  copyFileSync(source, destination);
  makePrivate(destination);
  const descriptor = openSync(destination, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
