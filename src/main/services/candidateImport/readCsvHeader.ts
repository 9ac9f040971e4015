import { columnKeys } from '../../../shared/import/columnKeys.ts';
import { limits } from '../../../shared/schemas/limits.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';

const maximumColumns = 200;

/** A CSV file's first record as its column headers and unique keys, or a clear refusal. */
export function readCsvHeader(cells: readonly string[] | null): { headers: string[]; keys: string[] } {
  const refuse = (message: string): never => {
    throw new ApiFailure('invalid_input', message, [{ path: 'csv', message }]);
  };
  if (!cells) return refuse('The file is empty: it needs a header row naming its columns.');
  if (cells.length > maximumColumns)
    refuse(`The file has ${cells.length} columns; at most ${maximumColumns} can be read.`);
  const headers = cells.map((cell) => cell.trim());
  if (headers.some((cell) => cell.length > limits.shortText)) {
    refuse(`A column name is longer than ${limits.shortText} characters: is the first row really a header?`);
  }
  return { headers, keys: columnKeys(headers) };
}
