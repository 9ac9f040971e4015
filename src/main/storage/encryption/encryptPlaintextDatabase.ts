import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../backups/BackupFile.ts';
import { backupFileName } from '../backups/backupFileName.ts';
import { listBackups } from '../backups/listBackups.ts';
import { copyPrivateFile } from '../files/copyPrivateFile.ts';
import { makePrivate } from '../files/makePrivate.ts';
import { privateModes } from '../files/privateModes.ts';
import { applyDatabaseKey } from './applyDatabaseKey.ts';

/** Folds the WAL into the file and returns its schema version, leaving it closed. */
function settle(file: string): number {
  const database = new Database(file);
  try {
    database.pragma('wal_checkpoint(TRUNCATE)');
    return database.pragma('user_version', { simple: true }) as number;
  } finally {
    database.close();
  }
}

/** Encrypts a copy in place: SQLite3 Multiple Ciphers rewrites every page, which it refuses in WAL mode. */
function encryptCopy(file: string, key: Buffer): void {
  const database = new Database(file);
  try {
    database.pragma('journal_mode = DELETE');
    database.pragma(`cipher = 'sqlcipher'`);
    database.pragma('legacy = 4');
    database.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    database.close();
  }
}

function verify(file: string, key: Buffer, schemaVersion: number): void {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyDatabaseKey(database, key);
    const check = database.pragma('quick_check', { simple: true });
    const version = database.pragma('user_version', { simple: true });
    if (check !== 'ok' || version !== schemaVersion)
      throw new Error(
        `The encrypted copy ${file} did not check out (${String(check)}, schema ${String(version)}).`,
      );
  } finally {
    database.close();
  }
}

/**
 * Encrypts a database written by a Rapport without encryption, once. First an encrypted backup is made and
 * checked (a copy encrypted in place); only then does that copy replace the live file, in one rename. A crash at
 * any point leaves either the old plaintext file or the new encrypted one, never half of each.
 */
export function encryptPlaintextDatabase(options: {
  databaseFile: string;
  key: Buffer;
  backupsDirectory: string;
  now?: Date;
}): BackupFile {
  const { databaseFile, key, backupsDirectory } = options;
  const schemaVersion = settle(databaseFile);
  mkdirSync(backupsDirectory, { recursive: true, mode: privateModes.directory });
  makePrivate(backupsDirectory, privateModes.directory);
  const name = backupFileName('before-encryption', options.now ?? new Date());
  const backup = path.join(backupsDirectory, name);
  const partial = `${backup}.partial`;
  try {
    copyPrivateFile(databaseFile, partial);
    encryptCopy(partial, key);
    verify(partial, key, schemaVersion);
    renameSync(partial, backup);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
  const replacement = `${databaseFile}.encrypting`;
  copyPrivateFile(backup, replacement);
  renameSync(replacement, databaseFile);
  // The plaintext WAL was emptied by the checkpoint; its files must not sit beside the encrypted database.
  for (const companion of ['-wal', '-shm']) rmSync(`${databaseFile}${companion}`, { force: true });
  return listBackups(backupsDirectory).find((entry) => entry.name === name)!;
}
