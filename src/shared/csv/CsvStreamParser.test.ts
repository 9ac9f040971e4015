import { describe, expect, it } from 'vitest';
import type { CsvRecord } from './CsvRecord.ts';
import { CsvStreamParser } from './CsvStreamParser.ts';
import { parseCsv } from './parseCsv.ts';

function parseInChunks(
  text: string,
  size: number,
  limits?: ConstructorParameters<typeof CsvStreamParser>[1],
) {
  const records: CsvRecord[] = [];
  const parser = new CsvStreamParser((record) => records.push(record), limits);
  for (let start = 0; start < text.length; start += size) parser.push(text.slice(start, start + size));
  return { records, error: parser.end(), delimiter: parser.delimiter };
}

const tricky =
  '\uFEFFName;Note;Tags\r\n"Lovelace; Ada";"She said ""hi""\r\nand left";a\r\n\r\nBob;x"y;\r"Zoë"tail;"";last';

describe('CsvStreamParser', () => {
  it('reads the same records whatever the chunk size, down to one character', () => {
    const whole = parseCsv(tricky);
    expect(whole.records.map((record) => record.cells)).toEqual([
      ['Name', 'Note', 'Tags'],
      ['Lovelace; Ada', 'She said "hi"\r\nand left', 'a'],
      ['Bob', 'x"y', ''],
      ['Zoëtail', '', 'last'],
    ]);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunked = parseInChunks(tricky, size);
      expect(chunked.delimiter).toBe(';');
      expect(chunked.error).toBeNull();
      expect(chunked.records.map(({ row, cells }) => ({ row, cells }))).toEqual(whole.records);
    }
  });

  it('keeps a CRLF split across two chunks as one line end', () => {
    const { records } = parseInChunks('a,b\r\n1,2\r\n3,4', 4);
    expect(records.map((record) => record.row)).toEqual([1, 2, 3]);
    expect(records.map((record) => record.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('cuts a 30-million-character cell short, flags its row, and reads the rows after it', () => {
    const limits = { cellCharacters: 1000, rowCharacters: 5000, cells: 10 };
    const records: CsvRecord[] = [];
    const parser = new CsvStreamParser((record) => records.push(record), { limits });
    parser.push('Name,Note\nAda,"');
    const block = 'x'.repeat(1_000_000);
    for (let count = 0; count < 30; count += 1) parser.push(block);
    parser.push('"\nGrace,short\n');
    expect(parser.end()).toBeNull();
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ row: 2, overLimit: 'cell', characters: 30_000_003 });
    expect(records[1]!.cells[0]).toBe('Ada');
    expect(records[1]!.cells[1]).toHaveLength(1000);
    expect(records[2]).toMatchObject({ row: 3, cells: ['Grace', 'short'], overLimit: null });
  });

  it('bounds a row of many cells and a row of many medium cells', () => {
    const limits = { cellCharacters: 100, rowCharacters: 250, cells: 5 };
    const { records } = parseInChunks(
      `h\n${','.repeat(10_000)}\n${'y'.repeat(90)},`.repeat(1) + `${'z'.repeat(90)},${'w'.repeat(90)}\nok`,
      50,
      { limits },
    );
    expect(records[1]).toMatchObject({ overLimit: 'cells' });
    expect(records[1]!.cells).toHaveLength(5);
    expect(records[2]).toMatchObject({ overLimit: 'row' });
    expect(records[2]!.cells.join('').length).toBeLessThanOrEqual(250);
    expect(records[3]).toMatchObject({ cells: ['ok'], overLimit: null });
  });

  it('reports a quoted field never closed with its row, after handing over the rows before it', () => {
    const { records, error } = parseInChunks('Name\nAda\n"Grace\nHopper', 3);
    expect(records.map((record) => record.cells)).toEqual([['Name'], ['Ada']]);
    expect(error).toEqual({ row: 3, message: 'Row 3: a quoted field is never closed.' });
  });

  it('detects the delimiter from a header line that arrives in pieces', () => {
    const { delimiter, records } = parseInChunks('Name\tEmail\nAda\ta@example.com\n', 2);
    expect(delimiter).toBe('\t');
    expect(records[1]!.cells).toEqual(['Ada', 'a@example.com']);
  });
});
