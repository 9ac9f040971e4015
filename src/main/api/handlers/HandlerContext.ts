import type { Database } from 'better-sqlite3';

/** What every group of handlers may use: the open database and facts about this install. */
export type HandlerContext = {
  database: Database;
  version: string;
  dataDirectory: string;
  databaseFile: string;
};
