import type { SignalingServerAccess } from '../../services/calls/SignalingServerAccess.ts';
import type { Repositories } from '../../storage/repositories/Repositories.ts';

/** What every group of handlers may use: the repositories over the open database and facts about this install. */
export type HandlerContext = {
  repositories: Repositories;
  version: string;
  dataDirectory: string;
  databaseFile: string;
  /** The schema version of the open database file. */
  schemaVersion(): number;
  /** The signalling server Rapport started itself; used for calls when Settings name no server. */
  localSignalingServer?: SignalingServerAccess;
};
