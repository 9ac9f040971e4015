import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach } from 'vitest';
import type { Router } from '../api/Router.ts';
import { openBackend, type Backend } from '../backend/openBackend.ts';
import { openTestConnection } from './openTestConnection.ts';
import { temporaryDirectory } from './temporaryDirectory.ts';
import { testDatabaseKey } from './testDatabaseKey.ts';

export type TestBackendHandle = {
  /** The backend's router, validation included. */
  readonly router: Router;
  /** A second, plain connection to the same file, for seeding rows and checking what was written. */
  readonly database: Database;
  /** Calls through the router and returns the value, or throws with the error's code and message. */
  call<T>(method: string, input: unknown): Promise<T>;
};

/** A real backend on a fresh SQLite file for each test of the calling file, opened and removed around it. */
export function useTestBackend(): TestBackendHandle {
  let directory: ReturnType<typeof temporaryDirectory>;
  let backend: Backend;
  let database: Database;
  beforeEach(() => {
    directory = temporaryDirectory();
    backend = openBackend({
      dataDirectory: directory.path,
      version: 'test',
      databaseKey: testDatabaseKey,
      automaticBackups: false,
    });
    database = openTestConnection(backend.databaseFile);
  });
  afterEach(() => {
    database.close();
    backend.close();
    directory.remove();
  });
  return {
    get router() {
      return backend.router;
    },
    get database() {
      return database;
    },
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await backend.router.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
  };
}
