import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import type { CsvEncoding } from '../../../shared/csv/csvEncodings.ts';
import { restoreCsvCell } from '../../../shared/csv/restoreCsvCell.ts';
import type { ImportControl } from './ImportControl.ts';
import { readCsvFile } from './readCsvFile.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { suggestMapping } from './suggestMapping.ts';

type Preview = MethodOutput<'candidates.importPreview'>;

const previewRows = 10;
const sampleCount = 3;
const cellPreviewLength = 200;

const clip = (cell: string) =>
  cell.length > cellPreviewLength ? `${cell.slice(0, cellPreviewLength - 1)}…` : cell;

/**
 * What the import screen shows before anything is written, from one pass over the file: each column with a
 * suggested field, samples and how many rows have a value in it, the first rows, and how many rows there are.
 */
export async function previewCsvFile(
  file: string,
  encoding: CsvEncoding,
  control?: Pick<ImportControl, 'cancelled' | 'progress'>,
): Promise<Preview> {
  const state: { header: ReturnType<typeof readCsvHeader> | null } = { header: null };
  let samples: string[][] = [];
  let values: number[] = [];
  const rows: string[][] = [];
  let rowCount = 0;
  const { delimiter } = await readCsvFile({
    file,
    encoding,
    cancelled: control?.cancelled,
    onBytes: (bytesRead) => control?.progress({ phase: 'checking', bytesRead, rows: rowCount, written: 0 }),
    onRecord: (record) => {
      const header = state.header;
      if (!header) {
        state.header = readCsvHeader(record.cells);
        samples = state.header.keys.map(() => []);
        values = state.header.keys.map(() => 0);
        return;
      }
      rowCount += 1;
      const cells = record.cells.map(restoreCsvCell);
      if (rows.length < previewRows) rows.push(header.keys.map((_key, column) => clip(cells[column] ?? '')));
      header.keys.forEach((_key, column) => {
        const value = (cells[column] ?? '').trim();
        if (value === '') return;
        values[column]! += 1;
        if (samples[column]!.length < sampleCount) samples[column]!.push(clip(value));
      });
    },
  });
  const { headers, keys } = state.header ?? readCsvHeader(null);
  const fields = suggestMapping(headers);
  return {
    columns: keys.map((key, column) => ({
      key,
      header: headers[column]!,
      suggestedField: fields[column]!,
      samples: samples[column]!,
      values: values[column]!,
    })),
    suggestedMapping: Object.fromEntries(keys.map((key, column) => [key, fields[column]!])),
    rowCount,
    rows,
    delimiter,
    encoding,
  };
}
