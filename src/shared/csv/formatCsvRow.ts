import { neutraliseCsvCell } from './neutraliseCsvCell.ts';

const needsQuotes = /[",\r\n]/;

/** One CSV line (RFC 4180, CRLF): every cell neutralised against formula injection, quoted when it must be. */
export function formatCsvRow(cells: readonly string[]): string {
  return `${cells
    .map((cell) => {
      const safe = neutraliseCsvCell(cell);
      return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',')}\r\n`;
}
