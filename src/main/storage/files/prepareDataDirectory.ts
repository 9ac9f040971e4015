import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makePrivate } from './makePrivate.ts';
import { privateModes } from './privateModes.ts';

/** Folders Rapport keeps inside the data directory. */
const privateFolders = ['backups', 'damaged', 'exports'];

/**
 * Creates the data directory owner-only, and narrows what an older Rapport left readable (0755 / 0644): the
 * directory, the database and its WAL, backups, and damaged copies set aside.
 */
export function prepareDataDirectory(dataDirectory: string): void {
  mkdirSync(dataDirectory, { recursive: true, mode: privateModes.directory });
  makePrivate(dataDirectory, privateModes.directory);
  for (const name of readdirSync(dataDirectory)) {
    if (name.startsWith('rapport.')) makePrivate(path.join(dataDirectory, name));
  }
  for (const folder of privateFolders) {
    const directory = path.join(dataDirectory, folder);
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    makePrivate(directory, privateModes.directory);
    for (const name of names) makePrivate(path.join(directory, name));
  }
}
