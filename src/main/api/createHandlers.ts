import type { Database } from 'better-sqlite3';
import { CandidateRepository } from '../storage/repositories/CandidateRepository.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import type { Handlers } from './Handlers.ts';

export type BackendInfo = { version: string; dataDirectory: string; databaseFile: string };

/** Wires each contract method to the storage that serves it. */
export function createHandlers(database: Database, info: BackendInfo): Handlers {
  const candidates = new CandidateRepository(database);
  return {
    'app.info': () => ({
      ...info,
      schemaVersion: database.pragma('user_version', { simple: true }) as number,
    }),
    'stages.list': () => ({
      stages: database.prepare<[], Stage>('SELECT id, name, position, kind FROM stages ORDER BY position').all(),
    }),
    'candidates.list': (input) => candidates.list(input),
    'candidates.get': ({ id }) => candidates.get(id),
    'candidates.create': (input) => candidates.create(input),
    'candidates.update': ({ id, changes }) => candidates.update(id, changes),
    'candidates.delete': ({ id }) => candidates.trash(id),
    'candidates.restore': ({ id }) => candidates.restore(id),
    'candidates.purge': ({ id }) => {
      candidates.purge(id);
      return { purged: true as const };
    },
  };
}
