import { z } from 'zod';

/**
 * Where the database key is kept. `os_keychain`: wrapped by the system keychain (Electron safeStorage);
 * `basic_text`: wrapped by safeStorage with Linux's fixed fallback password, so only as safe as the file;
 * `key_file`: a 0600 file beside the data directory (the web host); `environment`: RAPPORT_DB_KEY.
 */
export const keyStorage = z.enum(['os_keychain', 'basic_text', 'key_file', 'environment']);

export const encryptionStatus = z.object({
  /** The database and its backups are encrypted (SQLCipher 4, AES-256). */
  encrypted: z.boolean(),
  keyStorage,
  /** Linux: the safeStorage backend Electron chose (gnome_libsecret, kwallet…, basic_text). Null elsewhere. */
  keyStorageBackend: z.string().nullable(),
  /** Where the key or its wrapped copy is stored; null for RAPPORT_DB_KEY. */
  keyFile: z.string().nullable(),
});

export type KeyStorage = z.infer<typeof keyStorage>;
export type EncryptionStatus = z.infer<typeof encryptionStatus>;
