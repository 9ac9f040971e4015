import type { CsvDelimiter } from './CsvDelimiter.ts';
import type { CsvLimits } from './CsvLimits.ts';
import type { CsvRecord } from './CsvRecord.ts';
import { detectDelimiter } from './detectDelimiter.ts';

const quote = 34;
const carriageReturn = 13;
const lineFeed = 10;
/** Enough of the file to see its header line, so the delimiter is chosen before the first record. */
const delimiterSample = 64 * 1024;

const unlimited: CsvLimits = { cellCharacters: Infinity, rowCharacters: Infinity, cells: Infinity };

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteSeen';

/**
 * RFC 4180 read a chunk at a time, plus what real exports do: CRLF, LF or lone CR line ends, quoted fields with
 * doubled quotes and embedded newlines, comma, semicolon or tab delimiters, text after a closing quote kept as
 * spreadsheets keep it, blank lines skipped (but counted in row numbers). Memory stays bounded: a record past
 * `limits` is cut short and flagged while the parser keeps its place in the quoting, so the next record is
 * still read right. Text arrives already decoded; a UTF-8 byte-order mark at the very start is dropped.
 */
export class CsvStreamParser {
  readonly #onRecord: (record: CsvRecord) => void;
  readonly #limits: CsvLimits;
  #delimiter: CsvDelimiter | null;
  #fieldEnd: RegExp | null = null;
  #pending = '';
  #started = false;
  #state: State = 'fieldStart';
  #skipLineFeed = false;
  #parts: string[] = [];
  #kept = 0;
  #cells: string[] = [];
  #characters = 0;
  #overLimit: CsvRecord['overLimit'] = null;
  #cellCount = 0;
  #row = 1;

  constructor(
    onRecord: (record: CsvRecord) => void,
    options: { delimiter?: CsvDelimiter; limits?: CsvLimits } = {},
  ) {
    this.#onRecord = onRecord;
    this.#limits = options.limits ?? unlimited;
    this.#delimiter = options.delimiter ?? null;
  }

  /** The delimiter in use: the one given, or the one detected from the header once enough text has arrived. */
  get delimiter(): CsvDelimiter | null {
    return this.#delimiter;
  }

  push(text: string): void {
    if (!this.#started) {
      this.#pending += text;
      if (this.#delimiter === null && this.#pending.length < delimiterSample && !/[\r\n]/.test(this.#pending))
        return;
      this.#start();
      return;
    }
    this.#consume(text);
  }

  /** Ends the input; an error when the last quoted field was never closed (its record is not handed over). */
  end(): { row: number; message: string } | null {
    if (!this.#started) this.#start();
    if (this.#state === 'quoted') {
      return { row: this.#row, message: `Row ${this.#row}: a quoted field is never closed.` };
    }
    if (this.#state === 'unquoted' || this.#state === 'quoteSeen') {
      this.#endCell();
      this.#endRecord();
    } else if (this.#cellCount > 0) {
      this.#endCell();
      this.#endRecord();
    }
    return null;
  }

  #start(): void {
    this.#started = true;
    let text = this.#pending;
    this.#pending = '';
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.#delimiter ??= detectDelimiter(text);
    // The next delimiter or line end, found by the regex engine: it scans much faster than a character loop.
    this.#fieldEnd = new RegExp(this.#delimiter === '\t' ? '[\t\r\n]' : `[${this.#delimiter}\r\n]`, 'g');
    this.#consume(text);
  }

  #consume(text: string): void {
    const length = text.length;
    const separator = this.#delimiter!.charCodeAt(0);
    const fieldEnd = this.#fieldEnd!;
    let index = 0;
    while (index < length) {
      if (this.#state === 'fieldStart') {
        const code = text.charCodeAt(index);
        if (this.#skipLineFeed) {
          this.#skipLineFeed = false;
          if (code === lineFeed) {
            index += 1;
            continue;
          }
        }
        if (code === quote) {
          this.#state = 'quoted';
          index += 1;
          continue;
        }
        this.#state = 'unquoted';
      }
      if (this.#state === 'unquoted') {
        fieldEnd.lastIndex = index;
        const end = fieldEnd.exec(text)?.index ?? length;
        if (end > index) this.#append(text.slice(index, end));
        if (end === length) return;
        const code = text.charCodeAt(end);
        this.#endCell();
        if (code !== separator) {
          this.#endRecord();
          this.#skipLineFeed = code === carriageReturn;
        }
        this.#state = 'fieldStart';
        index = end + 1;
        continue;
      }
      if (this.#state === 'quoted') {
        const next = text.indexOf('"', index);
        if (next === -1) {
          this.#append(text.slice(index));
          return;
        }
        if (next > index) this.#append(text.slice(index, next));
        this.#state = 'quoteSeen';
        index = next + 1;
        continue;
      }
      // quoteSeen: a doubled quote is one quote of text; anything else closes the field.
      if (text.charCodeAt(index) === quote) {
        this.#append('"');
        this.#state = 'quoted';
        index += 1;
      } else {
        this.#state = 'unquoted';
      }
    }
  }

  #append(part: string): void {
    this.#characters += part.length;
    if (this.#overLimit === 'cells' && this.#cellCount >= this.#limits.cells) return;
    const roomInCell = this.#limits.cellCharacters - this.#kept;
    const roomInRow = this.#limits.rowCharacters - (this.#characters - part.length);
    const room = Math.min(roomInCell, roomInRow);
    if (part.length <= room) {
      this.#parts.push(part);
      this.#kept += part.length;
      return;
    }
    if (room > 0) {
      this.#parts.push(part.slice(0, room));
      this.#kept += room;
    }
    this.#overLimit ??= roomInRow < roomInCell ? 'row' : 'cell';
  }

  #endCell(): void {
    this.#cellCount += 1;
    if (this.#cells.length < this.#limits.cells) {
      this.#cells.push(this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join(''));
    } else {
      this.#overLimit ??= 'cells';
    }
    this.#parts = [];
    this.#kept = 0;
  }

  #endRecord(): void {
    const cells = this.#cells;
    // A line with nothing on it is not a row of data, but it still counts in spreadsheet row numbers.
    if (!(this.#cellCount === 1 && cells[0] === '')) {
      this.#onRecord({ row: this.#row, cells, overLimit: this.#overLimit, characters: this.#characters });
    }
    this.#cells = [];
    this.#cellCount = 0;
    this.#characters = 0;
    this.#overLimit = null;
    this.#row += 1;
  }
}
