import { closeSync, openSync, readSync } from 'node:fs';

const plaintextHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts with SQLite's plaintext header; an SQLCipher file starts with random salt instead. */
export function isPlaintextDatabaseFile(file: string): boolean {
  const header = Buffer.alloc(plaintextHeader.length);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const read = readSync(descriptor, header, 0, header.length, 0);
    return read === header.length && header.equals(plaintextHeader);
  } finally {
    closeSync(descriptor);
  }
}
