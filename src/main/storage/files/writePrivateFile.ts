import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { privateModes } from './privateModes.ts';

/** Writes a small file (a key) atomically: to a private temporary file, flushed, then renamed into place. */
export function writePrivateFile(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.partial`;
  const descriptor = openSync(temporary, 'w', privateModes.file);
  try {
    writeSync(descriptor, content);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}
