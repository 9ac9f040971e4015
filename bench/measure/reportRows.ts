import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './BenchRow.ts';
import { markdownTable } from './markdownTable.ts';

/** Prints the table after the machine and data lines, and writes the rows to bench-results/<bench>.json. */
export function reportRows(root: string, bench: string, rows: readonly BenchRow[]): void {
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', `${bench}.json`), `${JSON.stringify(rows, null, 2)}\n`);
}
