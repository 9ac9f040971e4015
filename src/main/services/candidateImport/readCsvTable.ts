import type { CsvDelimiter } from '../../../shared/csv/CsvDelimiter.ts';
import { parseCsv } from '../../../shared/csv/parseCsv.ts';
import { columnKeys } from '../../../shared/import/columnKeys.ts';
import { limits } from '../../../shared/schemas/limits.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';

export type CsvTable = {
  delimiter: CsvDelimiter;
  headers: string[];
  /** One unique key per column, what `mapping` is keyed by. */
  keys: string[];
  rows: Array<{ row: number; cells: string[] }>;
};

const maximumColumns = 200;

/** A CSV file as a header and data rows, or a clear refusal when it cannot be read as a table at all. */
export function readCsvTable(csv: string): CsvTable {
  const parsed = parseCsv(csv);
  const refuse = (message: string): never => {
    throw new ApiFailure('invalid_input', message, [{ path: 'csv', message }]);
  };
  if (parsed.error) refuse(`${parsed.error.message} Nothing was imported; fix the file and try again.`);
  const [header, ...rows] = parsed.records;
  if (!header) return refuse('The file is empty: it needs a header row naming its columns.');
  if (header.cells.length > maximumColumns)
    refuse(`The file has ${header.cells.length} columns; at most ${maximumColumns} can be read.`);
  const headers = header.cells.map((cell) => cell.trim());
  if (headers.some((cell) => cell.length > limits.shortText)) {
    refuse(`A column name is longer than ${limits.shortText} characters: is the first row really a header?`);
  }
  return { delimiter: parsed.delimiter, headers, keys: columnKeys(headers), rows };
}
