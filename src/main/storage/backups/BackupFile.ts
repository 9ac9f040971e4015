import type { BackupInfo } from '../../../shared/schemas/backupInfo.ts';

/** A backup as storage knows it: what the contract shows, plus where the file is. */
export type BackupFile = BackupInfo & { file: string };
