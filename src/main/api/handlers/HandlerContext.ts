import type { DesktopShell } from '../../services/desktop/DesktopShell.ts';
import type { SignalingServerAccess } from '../../services/calls/SignalingServerAccess.ts';
import type { CandidateImportRunner } from '../../services/candidateImport/CandidateImportRunner.ts';
import type { ExportFiles } from '../../services/everythingExport/ExportFiles.ts';
import type { RecordingStore } from '../../services/recordings/RecordingStore.ts';
import type { Repositories } from '../../storage/repositories/Repositories.ts';
import type { DatabaseControl } from './DatabaseControl.ts';

/** What every group of handlers may use: the repositories over the open database and facts about this install. */
export type HandlerContext = {
  repositories: Repositories;
  /** Imports in worker threads, with their uploads, progress and Cancel. */
  imports: CandidateImportRunner;
  version: string;
  dataDirectory: string;
  databaseFile: string;
  /** The schema version of the open database file. */
  schemaVersion(): number;
  /** Backups, restore, the file's health and its encryption. */
  database: DatabaseControl;
  /** The signalling server Rapport started itself; used for calls when Settings name no server. */
  localSignalingServer?: SignalingServerAccess;
  /** Now. Injected so tests can set the day; every handler reads time from here. */
  clock?: () => Date;
  /** Notifications and PDF saving, in the desktop app only. */
  desktop?: DesktopShell;
  /** Call recordings: their files in the data directory, encrypted with a key derived from the database's. */
  recordings?: RecordingStore;
  /** Exports with recordings, written to files the host serves once at /exports/; the backend owns them. */
  exports?: ExportFiles;
};
