import type { Stage } from '../../shared/schemas/stage.ts';
import { api } from '../api/api.ts';

let cached: Promise<Stage[]> | null = null;

/** Stages change only with a migration, so one request per app run is enough; a failure is not cached. */
export function loadStages(): Promise<Stage[]> {
  cached ??= api.stages.list({}).then(
    ({ stages }) => stages,
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}
