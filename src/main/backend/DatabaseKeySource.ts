import type { EncryptionStatus } from '../../shared/schemas/encryptionStatus.ts';

/** The database key a host found or made, and how it keeps it (shown in Settings). */
export type DatabaseKeySource = Omit<EncryptionStatus, 'encrypted'> & { key: Buffer };
