import { describe, expect, it } from 'vitest';
import { formatCsvRow } from './formatCsvRow.ts';
import { neutraliseCsvCell } from './neutraliseCsvCell.ts';
import { parseCsv } from './parseCsv.ts';
import { restoreCsvCell } from './restoreCsvCell.ts';

const dangerous = [
  '=HYPERLINK("https://evil.example","x")',
  '+48 600 100 200',
  '-2+3',
  '@SUM(A1)',
  '\tlead',
  '\rlead',
];
const awkward = ["'=already", "''+twice", "'plain", "it's", 'a,b', 'say "hi"', 'two\nlines', '', 'Zoë'];

describe('neutraliseCsvCell', () => {
  it('puts an apostrophe before a cell starting with =, +, -, @, tab or carriage return', () => {
    for (const value of dangerous) expect(neutraliseCsvCell(value)).toBe(`'${value}`);
    expect(neutraliseCsvCell('Ada')).toBe('Ada');
    expect(neutraliseCsvCell('a=b')).toBe('a=b');
  });

  it('gives one more apostrophe to a value that already looks neutralised, and leaves other apostrophes', () => {
    expect(neutraliseCsvCell("'=already")).toBe("''=already");
    expect(neutraliseCsvCell("'plain")).toBe("'plain");
  });

  it('is undone exactly by restoreCsvCell, through a written and parsed CSV line', () => {
    const values = [...dangerous, ...awkward];
    const line = formatCsvRow(values);
    expect(line.endsWith('\r\n')).toBe(true);
    const [record] = parseCsv(line).records;
    expect(record!.cells.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
    expect(record!.cells.map(restoreCsvCell)).toEqual(values);
  });

  it('restores what other exporters neutralise the same way, and nothing else', () => {
    expect(restoreCsvCell("'=1+1")).toBe('=1+1');
    expect(restoreCsvCell("'hello")).toBe("'hello");
    expect(restoreCsvCell("rock'n'roll")).toBe("rock'n'roll");
  });
});
