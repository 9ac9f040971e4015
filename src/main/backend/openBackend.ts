import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../api/createHandlers.ts';
import { createRouter, type Router } from '../api/Router.ts';
import { openDatabase } from '../storage/openDatabase.ts';
import { scheduleCheckpoints } from '../storage/scheduleCheckpoints.ts';
import type { SignalingServerAccess } from '../services/calls/SignalingServerAccess.ts';

export type Backend = {
  router: Router;
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
  const router = createRouter(
    createHandlers({
      database,
      version: options.version,
      dataDirectory: options.dataDirectory,
      databaseFile,
      ...(options.localSignalingServer ? { localSignalingServer: options.localSignalingServer } : {}),
      noteRevisionIntervalMinutes: options.noteRevisionIntervalMinutes ?? revisionMinutes,
    }),
  );
  return {
    router,
    databaseFile,
    close() {
      if (!database.open) return;
      stopCheckpoints();
      // Fold the WAL back into the main file so a copied .sqlite3 is complete on its own.
      database.pragma('wal_checkpoint(TRUNCATE)');
      database.close();
    },
  };
}
