import type { BenchRow } from './BenchRow.ts';

/** A target met when the figure stays below `limit`. */
export function under(limit: number): (row: BenchRow) => boolean {
  return (row) => row.value < limit;
}
