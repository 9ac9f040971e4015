import path from 'node:path';

/** DIR.key next to the data directory DIR: outside it, so copying or syncing the directory never carries the key. */
export function keyFileBeside(dataDirectory: string): string {
  return `${path.resolve(dataDirectory)}.key`;
}
