import type { Stage } from '../../shared/schemas/stage.ts';
import { api } from '../api/api.ts';

let cached: Promise<Stage[]> | null = null;

/** Stages rarely change, so one request serves the app run until `loadStages.forget()`; a failure is not cached. */
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

/** After a rename or a reorder: the next `loadStages()` asks the backend again. */
loadStages.forget = (): void => {
  cached = null;
};
