import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One schema step. `version` steps by 10 so a fix can slot in between two released versions. */
export type Migration = {
  version: number;
  name: string;
  up: (database: Database) => void;
};
