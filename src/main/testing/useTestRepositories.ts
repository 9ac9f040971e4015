import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../storage/openDatabase.ts';
import { createRepositories } from '../storage/repositories/createRepositories.ts';
import type { Repositories } from '../storage/repositories/Repositories.ts';
import { temporaryDirectory } from './temporaryDirectory.ts';
import { testDatabaseKey } from './testDatabaseKey.ts';

export type TestRepositories = {
  /** The repositories' own connection, for seeding rows the API cannot write. */
  readonly database: Database;
  readonly repositories: Repositories;
};

/** Every repository over a fresh, migrated SQLite file for each test of the calling file. */
export function useTestRepositories(): TestRepositories {
  let directory: ReturnType<typeof temporaryDirectory>;
  let database: Database;
  let repositories: Repositories;
  beforeEach(() => {
    directory = temporaryDirectory();
    database = openDatabase(path.join(directory.path, 'rapport.sqlite3'), { key: testDatabaseKey.key });
    repositories = createRepositories(database, { noteRevisionIntervalMs: 0 });
  });
  afterEach(() => {
    database.close();
    directory.remove();
  });
  return {
    get database() {
      return database;
    },
    get repositories() {
      return repositories;
    },
  };
}
