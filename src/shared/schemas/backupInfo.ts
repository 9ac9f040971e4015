import { z } from 'zod';
import { backupKind } from './backupKind.ts';
import { backupName } from './backupName.ts';
import { isoDateTime } from './isoDateTime.ts';

/** One backup file in the data directory's backups folder. */
export const backupInfo = z.object({
  name: backupName,
  kind: backupKind,
  createdAt: isoDateTime,
  bytes: z.number().int().nonnegative(),
});

export type BackupInfo = z.infer<typeof backupInfo>;
