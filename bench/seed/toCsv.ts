import type { GeneratedCandidate } from './generateCandidate.ts';

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Candidates as a spreadsheet would export them: a header row, CRLF line ends, quotes only where needed. */
export function toCsv(candidates: readonly GeneratedCandidate[]): string {
  const lines = ['Full name,E-mail,Phone,City,Position,Source,Tags,Stage'];
  for (const candidate of candidates) {
    lines.push(
      [
        candidate.name,
        candidate.email,
        candidate.phone,
        candidate.location,
        candidate.role,
        candidate.source,
        candidate.tags.join('; '),
        candidate.stage,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
