import { z } from 'zod';
import { backupKind } from './backupKind.ts';

/** rapport-2026-05-01T10-20-30-123Z-daily.sqlite3: the time (UTC) and the kind; nothing that could name a path. */
export const backupNamePattern = new RegExp(
  `^rapport-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${backupKind.options.join('|')})\\.sqlite3$`,
);

export const backupName = z
  .string()
  .max(100)
  .regex(backupNamePattern, { message: 'Not the name of a Rapport backup' });
