import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../api/createHandlers.ts';
import { createRouter, type Router } from '../api/Router.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';
import { closeDatabase } from '../storage/closeDatabase.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { createRepositories } from '../storage/repositories/createRepositories.ts';
import type { SettingsRepository } from '../storage/repositories/SettingsRepository.ts';
import { scheduleCheckpoints } from '../storage/scheduleCheckpoints.ts';
import { schemaVersionOf } from '../storage/schemaVersionOf.ts';
import { noteRevisionIntervalMs } from './noteRevisionIntervalMs.ts';

export type Backend = {
  router: Router;
  /** Settings as stored, for the host process itself (such as the CSP naming the configured signalling server). */
  settings: Pick<SettingsRepository, 'get'>;
  databaseFile: string;
  close(): void;
};

export const databaseFileName = 'rapport.sqlite3';

/** Everything behind the contract, with no Electron: the desktop app, the web host and tests all start here. */
export function openBackend(options: {
  dataDirectory: string;
  version: string;
  /** Minutes between automatic note snapshots; defaults to RAPPORT_NOTE_REVISION_MINUTES, then 3. */
  noteRevisionIntervalMinutes?: number;
  /** A signalling server the host process started (or was pointed at), for calls when Settings name none. */
  localSignalingServer?: SignalingServerAccess;
}): Backend {
  mkdirSync(options.dataDirectory, { recursive: true });
  const databaseFile = path.join(options.dataDirectory, databaseFileName);
  const database = openDatabase(databaseFile);
  const stopCheckpoints = scheduleCheckpoints(database);
  const fromEnvironment = Number(process.env.RAPPORT_NOTE_REVISION_MINUTES);
  const revisionMinutes =
    Number.isFinite(fromEnvironment) && fromEnvironment >= 0 ? fromEnvironment : undefined;
  // Built once: every handler group shares these, and their prepared statements.
  const repositories = createRepositories(database, {
    noteRevisionIntervalMs: noteRevisionIntervalMs(options.noteRevisionIntervalMinutes ?? revisionMinutes),
  });
  const router = createRouter(
    createHandlers({
      repositories,
      version: options.version,
      dataDirectory: options.dataDirectory,
      databaseFile,
      schemaVersion: () => schemaVersionOf(database),
      ...(options.localSignalingServer ? { localSignalingServer: options.localSignalingServer } : {}),
    }),
  );
  return {
    router,
    settings: repositories.settings,
    databaseFile,
    close() {
      if (!database.open) return;
      stopCheckpoints();
      closeDatabase(database);
    },
  };
}
