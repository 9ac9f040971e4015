import type { BackupInfo } from '../../../shared/schemas/backupInfo.ts';
import type { DatabaseStatus } from '../../../shared/schemas/databaseStatus.ts';
import type { EncryptionStatus } from '../../../shared/schemas/encryptionStatus.ts';

/** What handlers may do to the database file as a whole; openBackend owns the file and implements it. */
export type DatabaseControl = {
  status(): DatabaseStatus;
  encryption: EncryptionStatus;
  backupsDirectory: string;
  listBackups(): BackupInfo[];
  backUpNow(): Promise<BackupInfo>;
  /** Saves the current state first (a backup, or the damaged file set aside), then puts the backup in place. */
  restore(
    name: string,
  ): Promise<{ restored: BackupInfo; savedAs: BackupInfo | null; damagedCopy: string | null }>;
  /** Asks the host process to quit; false where the host cannot (a test backend). */
  quit(): boolean;
};
