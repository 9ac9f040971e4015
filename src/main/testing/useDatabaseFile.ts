import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { temporaryDirectory } from './temporaryDirectory.ts';

/** A path for a fresh SQLite file in its own directory for each test of the calling file, removed after it. */
export function useDatabaseFile(): { readonly path: string } {
  let directory: ReturnType<typeof temporaryDirectory>;
  let file = '';
  beforeEach(() => {
    directory = temporaryDirectory();
    file = path.join(directory.path, 'rapport.sqlite3');
  });
  afterEach(() => directory.remove());
  return {
    get path() {
      return file;
    },
  };
}
