import type { EncryptionStatus } from '../../shared/schemas/encryptionStatus.ts';

/** What Settings says about the key: where it is, and, for Linux's fallback, that it protects little. */
export function encryptionDescription(status: EncryptionStatus): { text: string; warning: string | null } {
  const what = 'Your candidates’ data and its backups are encrypted on this computer (SQLCipher, AES-256).';
  switch (status.keyStorage) {
    case 'os_keychain':
      return {
        text: `${what} The key is kept in your system’s keychain${status.keyStorageBackend ? ` (${status.keyStorageBackend})` : ''}.`,
        warning: null,
      };
    case 'basic_text':
      return {
        text: `${what} The key is in ${status.keyFile ?? 'the data directory'}.`,
        warning:
          'This Linux desktop has no keyring that Rapport can use, so the key is protected only by a fixed password (basic_text): anyone who can read your files can read your data. Install GNOME Keyring or KWallet, then restart Rapport to move the key into it.',
      };
    case 'key_file':
      return {
        text: `${what} The key is in ${status.keyFile ?? 'a key file'}, which only your user account can read. Keep that file out of shared or synced folders.`,
        warning: null,
      };
    case 'environment':
      return { text: `${what} The key comes from the RAPPORT_DB_KEY environment variable.`, warning: null };
  }
}
