import type { Database } from 'better-sqlite3';
import type { SignalingServerAccess } from '../../services/calls/SignalingServerAccess.ts';

/** What every group of handlers may use: the open database and facts about this install. */
export type HandlerContext = {
  database: Database;
  version: string;
  dataDirectory: string;
  databaseFile: string;
  /** Minutes of editing between two automatic note snapshots; 3 when not set. */
  noteRevisionIntervalMinutes?: number;
  /** The signalling server Rapport started itself; used for calls when Settings name no server. */
  localSignalingServer?: SignalingServerAccess;
};
