import { formatCsvRow } from '../../../shared/csv/formatCsvRow.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { Stage } from '../../../shared/schemas/stage.ts';

/**
 * The columns of a list export: every field a candidate has, under headers the import maps back to the same
 * field without help, so exporting and importing again gives the same candidates.
 */
const columns: Array<[header: string, value: (candidate: Candidate, stageName: string) => string]> = [
  ['Name', (candidate) => candidate.name],
  ['Email', (candidate) => candidate.email ?? ''],
  ['Phone', (candidate) => candidate.phone ?? ''],
  ['Current title', (candidate) => candidate.currentTitle ?? ''],
  ['Location', (candidate) => candidate.location ?? ''],
  ['Role', (candidate) => candidate.role ?? ''],
  ['Source', (candidate) => candidate.source ?? ''],
  ['Tags', (candidate) => candidate.tags.join('; ')],
  ['Stage', (_candidate, stageName) => stageName],
  ['Pronouns', (candidate) => candidate.pronouns ?? ''],
  ['Consent until', (candidate) => candidate.consentUntil ?? ''],
  ['Links', (candidate) => candidate.links.join(' ')],
];

/**
 * The list as a CSV file: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF, RFC 4180 quoting,
 * and every cell that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
export function exportCandidateList(
  candidates: Iterable<Candidate>,
  stages: readonly Stage[],
  now = new Date(),
): { fileName: string; csv: string; count: number } {
  const stageNames = new Map(stages.map((stage) => [stage.id, stage.name]));
  const lines = [formatCsvRow(columns.map(([header]) => header))];
  for (const candidate of candidates) {
    const stageName = stageNames.get(candidate.stageId) ?? candidate.stageId;
    lines.push(formatCsvRow(columns.map(([, value]) => value(candidate, stageName))));
  }
  return {
    fileName: `rapport-candidates-${now.toISOString().slice(0, 10)}.csv`,
    csv: `\uFEFF${lines.join('')}`,
    count: lines.length - 1,
  };
}
