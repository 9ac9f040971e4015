import { z } from 'zod';
import { backupInfo } from './backupInfo.ts';

/**
 * How the database file is: `checking` while the background check runs, `damaged` once the check or any
 * read or write found it corrupt, after which Rapport writes nothing until a backup is restored.
 */
export const databaseStatus = z.object({
  state: z.enum(['checking', 'ok', 'damaged']),
  databaseFile: z.string(),
  /** For a damaged file: what to tell the user, naming the file and the newest backup. Null otherwise. */
  message: z.string().nullable(),
  newestBackup: backupInfo.nullable(),
});

export type DatabaseStatus = z.infer<typeof databaseStatus>;
