import { parseCsv } from '../../shared/csv/parseCsv.ts';
import { mapImportRow } from '../../shared/import/mapImportRow.ts';
import { stageLookup } from '../../shared/import/stageLookup.ts';
import type { CandidateImportField } from '../../shared/schemas/candidateImportFields.ts';
import type { Stage } from '../../shared/schemas/stage.ts';

const chunkRows = 2000;

/**
 * Checks every row with the same rules the import applies, a chunk at a time, yielding to the browser between
 * chunks so the progress bar moves and the page stays responsive on a 100,000-row file.
 */
export async function checkRowsInChunks(
  csv: string,
  fields: readonly CandidateImportField[],
  stages: readonly Stage[],
  onProgress: (checked: number, total: number) => void,
): Promise<{ rows: number; invalid: number }> {
  const { records } = parseCsv(csv);
  const rows = records.slice(1);
  const lookup = stageLookup(stages);
  let invalid = 0;
  for (let start = 0; start < rows.length; start += chunkRows) {
    for (const { cells } of rows.slice(start, start + chunkRows)) {
      if (!mapImportRow(cells, fields, lookup).ok) invalid += 1;
    }
    onProgress(Math.min(rows.length, start + chunkRows), rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { rows: rows.length, invalid };
}
