import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detectDelimiter.ts';
import { parseCsv } from './parseCsv.ts';

const cells = (text: string) => parseCsv(text).records.map((record) => record.cells);

describe('parseCsv', () => {
  it('reads plain rows with LF, CRLF or lone CR line ends', () => {
    expect(cells('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and embedded newlines', () => {
    expect(cells('name,note\n"Lovelace, Ada","She said ""hi""\nand left"\n')).toEqual([
      ['name', 'note'],
      ['Lovelace, Ada', 'She said "hi"\nand left'],
    ]);
  });

  it('numbers rows as a spreadsheet does: a quoted newline stays in its row, blank lines still count', () => {
    const { records } = parseCsv('h\n"two\nlines"\n\nlast\n');
    expect(records.map((record) => record.row)).toEqual([1, 2, 4]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(cells('\uFEFFName,Email\nZoë,z@example.com')).toEqual([
      ['Name', 'Email'],
      ['Zoë', 'z@example.com'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(cells('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('is lenient as spreadsheets are: a quote inside an unquoted field is text', () => {
    expect(cells('a,5" screen,c')).toEqual([['a', '5" screen', 'c']]);
    expect(cells('"quoted"tail,b')).toEqual([['quotedtail', 'b']]);
  });

  it('reports a quote that is never closed, with its row, instead of swallowing the rest of the file', () => {
    const result = parseCsv(
      'name,email\nAda,ada@example.com\n"Grace,grace@example.com\nAlan,alan@example.com\n',
    );
    expect(result.error).toEqual({ row: 3, message: expect.stringContaining('Row 3') });
    expect(result.records).toHaveLength(2);
  });

  it('detects semicolon and tab delimiters from the header, ignoring quoted ones', () => {
    expect(detectDelimiter('Name;Email;Phone\nA;b;c')).toBe(';');
    expect(detectDelimiter('Name\tEmail\n')).toBe('\t');
    expect(detectDelimiter('"Last, First";Email\n')).toBe(';');
    expect(detectDelimiter('Name\n')).toBe(',');
    expect(cells('Name;Note\nAda;"x;y"')).toEqual([
      ['Name', 'Note'],
      ['Ada', 'x;y'],
    ]);
  });

  it('handles an empty input and a file of only blank lines', () => {
    expect(cells('')).toEqual([]);
    expect(cells('\n\r\n\n')).toEqual([]);
  });

  it('parses 100,000 rows', () => {
    const text = `name,email,role\n${Array.from({ length: 100_000 }, (_, index) => `"Person ${index}",p${index}@example.com,Engineer`).join('\n')}`;
    const { records } = parseCsv(text);
    expect(records).toHaveLength(100_001);
    expect(records.at(-1)).toEqual({
      row: 100_001,
      cells: ['Person 99999', 'p99999@example.com', 'Engineer'],
    });
  });
});
