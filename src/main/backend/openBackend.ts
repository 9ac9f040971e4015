import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../shared/schemas/backupKind.ts';
import type { DatabaseStatus } from '../../shared/schemas/databaseStatus.ts';
import type { DatabaseControl } from '../api/handlers/DatabaseControl.ts';
import type { Router } from '../api/Router.ts';
import { CandidateImportRunner } from '../services/candidateImport/CandidateImportRunner.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';
import { ExportFiles, type ExportDownload } from '../services/everythingExport/ExportFiles.ts';
import type { BackupFile } from '../storage/backups/BackupFile.ts';
import { listBackups } from '../storage/backups/listBackups.ts';
import { pruneBackups } from '../storage/backups/pruneBackups.ts';
import { writeBackup } from '../storage/backups/writeBackup.ts';
import { encryptPlaintextDatabase } from '../storage/encryption/encryptPlaintextDatabase.ts';
import { isPlaintextDatabaseFile } from '../storage/encryption/isPlaintextDatabaseFile.ts';
import { asStorageError } from '../storage/errors/asStorageError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { prepareDataDirectory } from '../storage/files/prepareDataDirectory.ts';
import { lockDataDirectory } from '../storage/lock/lockDataDirectory.ts';
import type { DesktopShell } from '../services/desktop/DesktopShell.ts';
import type { SettingsRepository } from '../storage/repositories/SettingsRepository.ts';
import { createStorageWorkers } from '../storage/worker/createStorageWorkers.ts';
import { automaticBackupTiming } from './automaticBackupTiming.ts';
import type { DatabaseKeySource } from './DatabaseKeySource.ts';
import { defaultStorageWorkerFile } from './defaultStorageWorkerFile.ts';
import { describeDamage } from './describeDamage.ts';
import { guardRouter } from './guardRouter.ts';
import { noteRevisionIntervalMs } from './noteRevisionIntervalMs.ts';
import { openSession, type Session } from './openSession.ts';
import { restoreBackup } from './restoreBackup.ts';
import { summarizeFindings } from '../storage/health/summarizeFindings.ts';

export type Backend = {
  router: Router;
  /** Settings as stored, for the host process itself (such as the CSP naming the configured signalling server). */
  settings: Pick<SettingsRepository, 'get'>;
  databaseFile: string;
  backupsDirectory: string;
  status(): DatabaseStatus;
  /** Settles when the background check of the file at start has finished, with what it found. */
  startupCheck: Promise<DatabaseStatus>;
  /** Called once when the file is found damaged, by the startup check or by any call. */
  onDamaged(listener: (status: DatabaseStatus) => void): () => void;
  backUp(kind: BackupKind): Promise<BackupFile>;
  /** An interview's recording for playback by byte range (the web host's and the app protocol's /recordings/). */
  recordingPlayback(interviewId: string): ReturnType<Session['recordings']['openForPlayback']>;
  /** An "Export everything" file waiting at /exports/<token>.zip (the web host's and the app protocol's). */
  exportDownload(token: string): ExportDownload | null;
  /** The backup on quit (skipped when nothing changed since the last one, or the file is damaged), then close. */
  closeWithBackup(): Promise<void>;
  close(): void;
};

export const databaseFileName = 'rapport.sqlite3';
export const backupsDirectoryName = 'backups';
export const damagedDirectoryName = 'damaged';
const recordingPurgeIntervalMs = 24 * 3_600_000;

export type OpenBackendOptions = {
  dataDirectory: string;
  version: string;
  databaseKey: DatabaseKeySource;
  /** Minutes between automatic note snapshots; defaults to RAPPORT_NOTE_REVISION_MINUTES, then 3. */
  noteRevisionIntervalMinutes?: number;
  /** How long a changed note waits before search re-indexes it; defaults to RAPPORT_NOTE_INDEX_DELAY_MS, then 3 s. */
  noteIndexDelayMs?: number;
  /** A signalling server the host process started (or was pointed at), for calls when Settings name none. */
  localSignalingServer?: SignalingServerAccess;
  /** Notifications and PDF saving, in the desktop app only. */
  desktop?: DesktopShell;
  /** Now; tests set the day. */
  clock?: () => Date;
  /** The storage worker's entry; the bundled desktop app passes out/main/storageWorker.js. */
  storageWorkerFile?: string;
  /** Daily backups on a timer; false in tests that must not back up in the background. */
  automaticBackups?: { firstCheckAfterMs: number; checkEveryMs: number } | false;
  /** The recovery screen's "Quit": the host decides what quitting means. */
  onQuitRequested?: () => void;
};

/**
 * Everything behind the contract, with no Electron: the desktop app, the web host and tests all start here.
 * It owns the data directory: one process at a time (a lock), encryption, the background check, backups.
 */
export function openBackend(options: OpenBackendOptions): Backend {
  const { dataDirectory, databaseKey } = options;
  const key = databaseKey.key;
  prepareDataDirectory(dataDirectory);
  const databaseFile = path.join(dataDirectory, databaseFileName);
  const backupsDirectory = path.join(dataDirectory, backupsDirectoryName);
  const lock = lockDataDirectory(dataDirectory);
  const workers = createStorageWorkers(options.storageWorkerFile ?? defaultStorageWorkerFile);
  const fromEnvironment = Number(process.env.RAPPORT_NOTE_REVISION_MINUTES);
  const revisionMinutes =
    Number.isFinite(fromEnvironment) && fromEnvironment >= 0 ? fromEnvironment : undefined;

  const timing =
    options.automaticBackups === false ? null : (options.automaticBackups ?? automaticBackupTiming);

  let state: 'open' | 'damaged' | 'restoring' = 'open';
  /** session.changes() when the last backup began; -1 until one exists, so the first quit always backs up. */
  let changesAtLastBackup = -1;
  let checking = true;
  let finding = '';
  let closed = false;
  let backupTimer: NodeJS.Timeout | undefined;
  const damageListeners = new Set<(status: DatabaseStatus) => void>();

  const status = (): DatabaseStatus => {
    const newestBackup = listBackups(backupsDirectory)[0] ?? null;
    const base = { databaseFile, newestBackup: newestBackup && withoutPath(newestBackup) };
    if (state === 'damaged')
      return { ...base, state: 'damaged', message: describeDamage(databaseFile, newestBackup, finding) };
    return { ...base, state: checking || state === 'restoring' ? 'checking' : 'ok', message: null };
  };
  const markDamaged = (what: string): void => {
    if (state === 'damaged' || closed) return;
    state = 'damaged';
    finding = what;
    clearTimeout(backupTimer);
    session.stopCheckpoints();
    const current = status();
    for (const listener of damageListeners) listener(current);
  };

  const control: DatabaseControl = {
    status,
    encryption: {
      encrypted: true,
      keyStorage: databaseKey.keyStorage,
      keyStorageBackend: databaseKey.keyStorageBackend,
      keyFile: databaseKey.keyFile,
    },
    backupsDirectory,
    listBackups: () => listBackups(backupsDirectory).map(withoutPath),
    backUpNow: async () => withoutPath(await backUp('manual')),
    restore: async (name) => {
      const wasDamaged = state === 'damaged';
      const restored = await restoreBackup({
        name,
        wasDamaged,
        backupsDirectory,
        damagedDirectory: path.join(dataDirectory, damagedDirectoryName),
        databaseFile,
        key,
        workers,
        begin: () => {
          state = 'restoring';
        },
        saveCurrentState: () => backUp('before-restore'),
        closeSession: () => session.close({ checkpoint: !wasDamaged }),
        openSession: () => {
          session = open();
        },
      }).catch((error: unknown) => {
        // Whatever the failure, the state the file is in now decides what may run.
        state = wasDamaged ? 'damaged' : 'open';
        if (!session.database.open)
          markDamaged(
            `The restore failed, and no database is open: ${error instanceof Error ? error.message : error}`,
          );
        throw error;
      });
      state = 'open';
      checking = false;
      finding = '';
      changesAtLastBackup = session.changes();
      if (timing) scheduleAutomaticBackup(timing.checkEveryMs);
      return restored;
    },
    quit: () => {
      if (!options.onQuitRequested) return false;
      options.onQuitRequested();
      return true;
    },
  };

  const imports = new CandidateImportRunner({ databaseFile, databaseKey: key, dataDirectory });
  const exports = new ExportFiles(dataDirectory, options.clock);
  try {
    // Exports left by an earlier run: their addresses died with it, and they hold decrypted data.
    exports.sweep();
  } catch (error) {
    console.error('Rapport could not delete the exports left from its last run', error);
  }
  const open = (): Session =>
    openSession({
      databaseFile,
      key,
      version: options.version,
      dataDirectory,
      noteRevisionIntervalMs: noteRevisionIntervalMs(options.noteRevisionIntervalMinutes ?? revisionMinutes),
      ...(options.noteIndexDelayMs === undefined ? {} : { noteIndexDelayMs: options.noteIndexDelayMs }),
      database: control,
      imports,
      exports,
      onDamage: (error) => markDamaged(error instanceof Error ? error.message : String(error)),
      ...(options.localSignalingServer ? { localSignalingServer: options.localSignalingServer } : {}),
      ...(options.desktop ? { desktop: options.desktop } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });

  let session: Session;
  try {
    // A file from a Rapport without encryption is encrypted once, after an encrypted backup of it is made.
    if (existsSync(databaseFile) && isPlaintextDatabaseFile(databaseFile))
      encryptPlaintextDatabase({ databaseFile, key, backupsDirectory });
    session = open();
  } catch (error) {
    lock.release();
    throw error;
  }
  if (listBackups(backupsDirectory).length > 0) changesAtLastBackup = session.changes();

  // Recordings cut off by a crash are sealed (made seekable); those past the retention setting go, now and daily.
  const tendRecordings = (): void => {
    if (state !== 'open' || closed) return;
    try {
      session.recordings.recoverUnfinished();
      session.recordings.purge();
    } catch (error) {
      console.error('Rapport could not tidy its recordings', error);
    }
  };
  tendRecordings();
  const recordingTimer = setInterval(() => {
    // Only the purge: a recording in progress is not "unfinished" while the app runs.
    if (state !== 'open' || closed) return;
    try {
      session.recordings.purge();
    } catch (error) {
      console.error('Rapport could not delete old recordings', error);
    }
  }, recordingPurgeIntervalMs);
  recordingTimer.unref();

  async function backUp(kind: BackupKind): Promise<BackupFile> {
    if (state === 'damaged') throw new DamagedDatabaseError(new Error(finding));
    const changes = session.changes();
    try {
      const backup = await writeBackup({ workers, databaseFile, key, backupsDirectory, kind });
      changesAtLastBackup = changes;
      pruneBackups(backupsDirectory);
      return backup;
    } catch (error) {
      // VACUUM INTO reads every page, so a backup is a check of its own.
      if (asStorageError(error) instanceof DamagedDatabaseError)
        markDamaged(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  function scheduleAutomaticBackup(delay: number): void {
    clearTimeout(backupTimer);
    if (!timing || closed) return;
    backupTimer = setTimeout(() => {
      const newestAutomatic = listBackups(backupsDirectory).find(
        (backup) => backup.kind === 'daily' || backup.kind === 'quit',
      );
      const due =
        !newestAutomatic ||
        Date.now() - Date.parse(newestAutomatic.createdAt) >= automaticBackupTiming.dueAfterMs;
      const done = state === 'open' && due ? backUp('daily') : Promise.resolve(null);
      done
        .catch((error: unknown) => console.error('Rapport could not make its daily backup', error))
        .finally(() => scheduleAutomaticBackup(timing.checkEveryMs));
    }, delay);
    backupTimer.unref();
  }

  const startupCheck = workers
    .run({ task: 'quickCheck', file: databaseFile, keyHex: key.toString('hex'), maximumProblems: 10 })
    .then((result) => {
      if (!result.ok) console.error('Rapport could not check its database file', result.failure);
      else if (result.problems.length > 0) markDamaged(summarizeFindings(result.problems));
    })
    .catch((error: unknown) => {
      if (!closed) console.error('Rapport could not check its database file', error);
    })
    .then(() => {
      checking = false;
      if (state === 'open' && timing) scheduleAutomaticBackup(timing.firstCheckAfterMs);
      return status();
    });

  const close = (): void => {
    if (closed) return;
    closed = true;
    clearTimeout(backupTimer);
    clearInterval(recordingTimer);
    void workers.terminateAll();
    void imports.close();
    try {
      exports.removeAll();
    } catch (error) {
      console.error('Rapport could not delete the exports nobody fetched', error);
    }
    try {
      session.close({ checkpoint: state !== 'damaged' });
    } finally {
      lock.release();
    }
  };

  return {
    router: guardRouter({
      router: () => session.router,
      state: () => state,
      damageMessage: () => status().message ?? '',
    }),
    settings: { get: (settingKey) => session.repositories.settings.get(settingKey) },
    databaseFile,
    backupsDirectory,
    status,
    startupCheck,
    onDamaged(listener) {
      damageListeners.add(listener);
      return () => damageListeners.delete(listener);
    },
    backUp,
    recordingPlayback: (interviewId) =>
      state === 'open' ? session.recordings.openForPlayback(interviewId) : null,
    exportDownload: (token) => exports.find(token),
    async closeWithBackup() {
      if (closed) return;
      if (state === 'open' && session.changes() !== changesAtLastBackup) {
        await backUp('quit').catch((error: unknown) =>
          console.error('Rapport could not back up on quit', error),
        );
      }
      close();
    },
    close,
  };
}

function withoutPath(backup: BackupFile) {
  return { name: backup.name, kind: backup.kind, createdAt: backup.createdAt, bytes: backup.bytes };
}
