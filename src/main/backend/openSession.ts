import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseControl } from '../api/handlers/DatabaseControl.ts';
import { createHandlers } from '../api/createHandlers.ts';
import { createRouter, type Router } from '../api/Router.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';
import type { DesktopShell } from '../services/desktop/DesktopShell.ts';
import type { CandidateImportRunner } from '../services/candidateImport/CandidateImportRunner.ts';
import type { ExportFiles } from '../services/everythingExport/ExportFiles.ts';
import { closeDatabase } from '../storage/closeDatabase.ts';
import { asStorageError } from '../storage/errors/asStorageError.ts';
import { DamagedDatabaseError } from '../storage/errors/DamagedDatabaseError.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { createRepositories } from '../storage/repositories/createRepositories.ts';
import type { Repositories } from '../storage/repositories/Repositories.ts';
import { NoteIndexScheduler } from '../storage/NoteIndexScheduler.ts';
import { scheduleCheckpoints } from '../storage/scheduleCheckpoints.ts';
import { schemaVersionOf } from '../storage/schemaVersionOf.ts';
import { noteIndexDelayMs } from './noteIndexDelayMs.ts';
import { RecordingStore } from '../services/recordings/RecordingStore.ts';

export type Session = {
  database: Database;
  repositories: Repositories;
  router: Router;
  /** Call recordings over this connection's repositories. */
  recordings: RecordingStore;
  /** Rows this connection has changed since it opened; a quit backup is skipped when nothing changed. */
  changes(): number;
  /** Stops folding the WAL into the file and indexing notes: a damaged file gets nothing more written to it. */
  stopCheckpoints(): void;
  /** `checkpoint: false` for a damaged file: nothing more is written to it, not even the WAL's pages. */
  close(options: { checkpoint: boolean }): void;
};

/**
 * One open connection to the database with everything built on it: repositories (with their prepared
 * statements), handlers and the contract router. A restore replaces the whole session, because every prepared
 * statement belongs to the connection it was prepared on.
 */
export function openSession(options: {
  databaseFile: string;
  /** Null only for the bench's plaintext baseline: the app always encrypts. */
  key: Buffer | null;
  version: string;
  dataDirectory: string;
  noteRevisionIntervalMs: number;
  /** How long a changed note waits before search re-indexes it; defaults to RAPPORT_NOTE_INDEX_DELAY_MS, then 3 s. */
  noteIndexDelayMs?: number;
  database: DatabaseControl;
  /** Imports run in a worker on their own connection; the runner outlives a restore (same file, same key). */
  imports: CandidateImportRunner;
  /** Export files waiting to be fetched; they outlive a restore, like the host that serves them. */
  exports?: ExportFiles;
  /** Called with SQLite's error when any call finds the file corrupt or not a database. */
  onDamage(error: unknown): void;
  localSignalingServer?: SignalingServerAccess;
  desktop?: DesktopShell;
  clock?: () => Date;
}): Session {
  const database = openDatabase(options.databaseFile, { key: options.key });
  const stopWalCheckpoints = scheduleCheckpoints(database);
  // Built once: every handler group shares these, and their prepared statements.
  const repositories = createRepositories(database, {
    noteRevisionIntervalMs: options.noteRevisionIntervalMs,
  });
  const noteIndex = new NoteIndexScheduler(repositories.noteIndex, {
    delayMs: options.noteIndexDelayMs ?? noteIndexDelayMs(),
  });
  try {
    // Notes saved but never indexed (the last run was killed) are searchable again before the first request.
    noteIndex.start();
  } catch (error) {
    console.error('Rapport could not index the notes saved before it last stopped', error);
  }
  const stopCheckpoints = () => {
    stopWalCheckpoints();
    noteIndex.stop();
  };
  const recordings = new RecordingStore({
    recordings: repositories.recordings,
    settings: repositories.settings,
    requireInterview: (id) => void repositories.interviews.callFacts(id),
    dataDirectory: options.dataDirectory,
    databaseKey: options.key,
    clock: options.clock ?? (() => new Date()),
  });
  const router = createRouter(
    createHandlers({
      repositories,
      recordings,
      imports: options.imports,
      ...(options.exports ? { exports: options.exports } : {}),
      version: options.version,
      dataDirectory: options.dataDirectory,
      databaseFile: options.databaseFile,
      schemaVersion: () => schemaVersionOf(database),
      database: options.database,
      ...(options.localSignalingServer ? { localSignalingServer: options.localSignalingServer } : {}),
      ...(options.desktop ? { desktop: options.desktop } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    }),
    (error) => {
      console.error(error);
      if (asStorageError(error) instanceof DamagedDatabaseError) options.onDamage(error);
    },
  );
  const totalChanges = database.prepare<[], number>('SELECT total_changes()').pluck();
  return {
    database,
    repositories,
    router,
    recordings,
    changes: () => (database.open ? totalChanges.get()! : 0),
    stopCheckpoints,
    close({ checkpoint }) {
      if (checkpoint && database.open) {
        try {
          noteIndex.flush();
        } catch (error) {
          console.error('Rapport could not index its notes before closing; it will at the next start', error);
        }
      }
      stopCheckpoints();
      if (!database.open) return;
      if (checkpoint) closeDatabase(database);
      else database.close();
    },
  };
}
