import { z } from 'zod';

/**
 * Why a backup was made: `daily` and `quit` are automatic (kept 7 days and 4 weeks), `manual` is "Back up now",
 * and the two safety copies are made before a restore and before a plaintext database is first encrypted.
 */
export const backupKind = z.enum(['daily', 'quit', 'manual', 'before-restore', 'before-encryption']);

export type BackupKind = z.infer<typeof backupKind>;
