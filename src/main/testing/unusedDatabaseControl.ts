import type { DatabaseControl } from '../api/handlers/DatabaseControl.ts';

const unused = (): never => {
  throw new Error('This test built its handlers without a backend: backups are not available.');
};

/** For tests that build handlers straight over a database, with no backend owning the file. */
export const unusedDatabaseControl: DatabaseControl = {
  status: unused,
  encryption: { encrypted: false, keyStorage: 'environment', keyStorageBackend: null, keyFile: null },
  backupsDirectory: '',
  listBackups: unused,
  backUpNow: unused,
  restore: unused,
  quit: () => false,
};
