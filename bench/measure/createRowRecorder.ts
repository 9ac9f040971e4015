import type { BenchRow } from './BenchRow.ts';
import type { RowRecorder } from './RowRecorder.ts';

/** A recorder that also logs each figure as it is measured, so a long run shows progress. */
export function createRowRecorder(log: (message: string) => void): RowRecorder {
  const rows: BenchRow[] = [];
  return {
    rows,
    add(row, met) {
      const complete: BenchRow = {
        ...row,
        ratio: row.baseline ? row.value / row.baseline : null,
        met: false,
      };
      complete.met = met(complete);
      rows.push(complete);
      log(`${row.figure}: ${row.value.toFixed(2)} ${row.unit} (baseline ${row.baseline?.toFixed(2) ?? '—'})`);
    },
  };
}
