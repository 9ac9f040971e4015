import type { BenchRow } from './BenchRow.ts';

function format(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  const digits = unit === 'ms' ? (value < 10 ? 2 : 1) : value < 10 ? 2 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/** figure | ours | baseline | ratio | target, as every bench prints it. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| figure | ours | baseline | ratio | target |', '| --- | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
    lines.push(
      `| ${row.figure} | ${format(row.value, row.unit)} | ${format(row.baseline, row.unit)} | ${ratio} | ${row.target} ${row.met ? '✅' : '❌'} |`,
    );
  }
  return lines.join('\n');
}
