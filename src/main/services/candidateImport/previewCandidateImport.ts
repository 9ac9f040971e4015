import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import { readCsvTable } from './readCsvTable.ts';
import { suggestMapping } from './suggestMapping.ts';

const previewRows = 10;
const sampleCount = 3;
const cellPreviewLength = 200;

/** What the import screen shows before anything is written: columns, suggested fields and the first rows. */
export function previewCandidateImport(csv: string): MethodOutput<'candidates.importPreview'> {
  const table = readCsvTable(csv);
  const fields = suggestMapping(table.headers);
  const clip = (cell: string) =>
    cell.length > cellPreviewLength ? `${cell.slice(0, cellPreviewLength - 1)}…` : cell;
  const columns = table.keys.map((key, column) => {
    const samples: string[] = [];
    for (const { cells } of table.rows) {
      if (samples.length === sampleCount) break;
      const value = (cells[column] ?? '').trim();
      if (value !== '') samples.push(clip(value));
    }
    return { key, header: table.headers[column]!, suggestedField: fields[column]!, samples };
  });
  return {
    columns,
    suggestedMapping: Object.fromEntries(table.keys.map((key, column) => [key, fields[column]!])),
    rowCount: table.rows.length,
    rows: table.rows
      .slice(0, previewRows)
      .map(({ cells }) => table.keys.map((_key, column) => clip(cells[column] ?? ''))),
    delimiter: table.delimiter,
  };
}
