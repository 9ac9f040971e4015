import type { BenchRow } from './BenchRow.ts';

/** Collects a bench's rows in order; `add` fills in the ratio and whether the target was met. */
export type RowRecorder = {
  readonly rows: BenchRow[];
  add(row: Omit<BenchRow, 'ratio' | 'met'>, met: (row: BenchRow) => boolean): void;
};
