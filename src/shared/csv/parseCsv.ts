import type { CsvDelimiter } from './CsvDelimiter.ts';
import { detectDelimiter } from './detectDelimiter.ts';

export type CsvParseResult = {
  delimiter: CsvDelimiter;
  /** Every record, header first, with its 1-based row number (a quoted newline does not start a new row). */
  records: Array<{ row: number; cells: string[] }>;
  /** Set when the file is structurally broken (a quote never closed); records then stop before that row. */
  error: { row: number; message: string } | null;
};

const quote = 34;
const carriageReturn = 13;
const lineFeed = 10;

/**
 * RFC 4180, plus what real exports do: a UTF-8 byte-order mark, CRLF, LF or lone CR line ends, quoted fields
 * with doubled quotes and embedded newlines, and comma, semicolon or tab delimiters. Lenient where the RFC is
 * silent, as spreadsheets are: a quote inside an unquoted field is kept as text. Blank lines are skipped.
 */
export function parseCsv(input: string, chosenDelimiter?: CsvDelimiter): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = chosenDelimiter ?? detectDelimiter(text);
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  // The next delimiter or line end, found by the regex engine: it scans much faster than a character loop.
  const fieldEnd = new RegExp(delimiter === '\t' ? '[\t\r\n]' : `[${delimiter}\r\n]`, 'g');
  const endOfField = (from: number) => {
    fieldEnd.lastIndex = from;
    return fieldEnd.exec(text)?.index ?? length;
  };
  const records: CsvParseResult['records'] = [];
  let cells: string[] = [];
  let row = 1;
  let index = 0;

  const endRecord = () => {
    // A line with nothing on it is not a row of data, but it still counts in spreadsheet row numbers.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ row, cells });
    cells = [];
    row += 1;
  };

  while (index <= length) {
    if (index === length) {
      if (cells.length > 0) {
        cells.push('');
        endRecord();
      }
      break;
    }
    if (text.charCodeAt(index) === quote) {
      const startRow = row;
      let value = '';
      let position = index + 1;
      for (;;) {
        const next = text.indexOf('"', position);
        if (next === -1) {
          return {
            delimiter,
            records,
            error: { row: startRow, message: `Row ${startRow}: a quoted field is never closed.` },
          };
        }
        value += text.slice(position, next);
        if (text.charCodeAt(next + 1) === quote) {
          value += '"';
          position = next + 2;
          continue;
        }
        position = next + 1;
        break;
      }
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      const end = endOfField(position);
      value += text.slice(position, end);
      cells.push(value);
      index = end;
    } else {
      const end = endOfField(index);
      cells.push(text.slice(index, end));
      index = end;
    }
    if (index === length) {
      endRecord();
      break;
    }
    const code = text.charCodeAt(index);
    if (code === separator) {
      index += 1;
      if (index === length) {
        cells.push('');
        endRecord();
        break;
      }
      continue;
    }
    // A line end: CRLF, LF or a lone CR.
    index += code === carriageReturn && text.charCodeAt(index + 1) === lineFeed ? 2 : 1;
    endRecord();
  }
  return { delimiter, records, error: null };
}
