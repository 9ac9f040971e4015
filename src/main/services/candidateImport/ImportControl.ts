import type { ImportPhase } from '../../../shared/import/ImportPhase.ts';

/** How a running import is steered and watched: Cancel is polled between chunks and batches. */
export type ImportControl = {
  cancelled(): boolean;
  progress(update: { phase: ImportPhase; bytesRead: number; rows: number; written: number }): void;
};
