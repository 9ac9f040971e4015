import type { CsvDelimiter } from './CsvDelimiter.ts';
import { CsvStreamParser } from './CsvStreamParser.ts';

export type CsvParseResult = {
  delimiter: CsvDelimiter;
  /** Every record, header first, with its 1-based row number (a quoted newline does not start a new row). */
  records: Array<{ row: number; cells: string[] }>;
  /** Set when the file is structurally broken (a quote never closed); records then stop before that row. */
  error: { row: number; message: string } | null;
};

/** A whole CSV text at once, read by the same streaming parser the import uses (see CsvStreamParser). */
export function parseCsv(input: string, chosenDelimiter?: CsvDelimiter): CsvParseResult {
  const records: CsvParseResult['records'] = [];
  const parser = new CsvStreamParser(({ row, cells }) => records.push({ row, cells }), {
    ...(chosenDelimiter ? { delimiter: chosenDelimiter } : {}),
  });
  parser.push(input);
  const error = parser.end();
  return { delimiter: parser.delimiter!, records, error };
}
