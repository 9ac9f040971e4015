import type { BenchRow } from './BenchRow.ts';

/** Met when ours is at most 1.5× the baseline (or there is no baseline to compare with). */
export function withinRatio(row: BenchRow): boolean {
  return row.ratio === null || row.ratio <= 1.5;
}
