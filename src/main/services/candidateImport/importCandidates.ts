import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { mapImportRow, type ImportedCandidate } from '../../../shared/import/mapImportRow.ts';
import { stageLookup } from '../../../shared/import/stageLookup.ts';
import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';
import type { ImportReport } from '../../../shared/schemas/importReport.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';
import type { CandidateRepository } from '../../storage/repositories/CandidateRepository.ts';
import type { StageRepository } from '../../storage/repositories/StageRepository.ts';
import { readCsvTable } from './readCsvTable.ts';
import { suggestMapping } from './suggestMapping.ts';

const reportLimit = 1000;

const fieldLabels: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  role: 'Role',
  source: 'Source',
  pronouns: 'Pronouns',
  consentUntil: 'Consent until',
  tags: 'Tags',
  links: 'Links',
  stage: 'Stage',
  stageId: 'Stage',
};

/**
 * A CSV import in one transaction. Invalid rows are reported (and, in "all-or-nothing" mode, stop the whole
 * import); rows whose email is taken, by a live candidate or an earlier row, are skipped as duplicates. Every
 * row is checked before the first write, and any database error rolls the whole file back.
 */
export function importCandidates(
  candidates: CandidateRepository,
  stages: StageRepository,
  input: ParsedInput<'candidates.import'>,
  now = new Date().toISOString(),
): ImportReport {
  const table = readCsvTable(input.csv);
  const fields = input.mapping ? fieldsFromMapping(table.keys, input.mapping) : suggestMapping(table.headers);
  if (!fields.some((field) => field === 'name' || field === 'firstName' || field === 'lastName')) {
    throw new ApiFailure('invalid_input', 'Choose the column that holds each candidate’s name.', [
      { path: 'mapping', message: 'Map a column to Name (or to First name and Last name)' },
    ]);
  }
  const columnOfField = new Map<string, string>();
  fields.forEach((field, column) => {
    if (!columnOfField.has(field)) columnOfField.set(field, table.keys[column]!);
  });
  const label = (path: string) => {
    const field = path.split('.')[0]!;
    return columnOfField.get(field === 'stageId' ? 'stage' : field) ?? fieldLabels[field] ?? field;
  };

  const lookup = stageLookup(stages.list());
  const report: ImportReport = {
    committed: false,
    rows: table.rows.length,
    imported: 0,
    importable: 0,
    invalid: 0,
    duplicates: 0,
    errors: [],
    skipped: [],
  };
  const valid: ImportedCandidate[] = [];
  const rowOfEmail = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const mapped = mapImportRow(cells, fields, lookup);
    if (!mapped.ok) {
      report.invalid += 1;
      if (report.errors.length < reportLimit) {
        const issues = mapped.issues.map((issue) => ({ path: issue.path, message: issue.message }));
        const message = `Row ${row}: ${issues.map((issue) => (issue.path ? `${label(issue.path)}: ${issue.message}` : issue.message)).join('; ')}`;
        report.errors.push({ row, message, issues });
      }
      continue;
    }
    const email = mapped.candidate.email ?? null;
    if (email !== null) {
      const firstRow = rowOfEmail.get(email) ?? null;
      const existingCandidateId = firstRow === null ? candidates.emailOwner(email) : null;
      if (firstRow !== null || existingCandidateId !== null) {
        report.duplicates += 1;
        if (report.skipped.length < reportLimit)
          report.skipped.push({ row, email, existingCandidateId, firstRow });
        continue;
      }
      rowOfEmail.set(email, row);
    }
    valid.push(mapped.candidate);
  }
  report.importable = valid.length;
  if (input.dryRun || (input.mode === 'all-or-nothing' && report.invalid > 0)) return report;

  candidates.insertMany(valid, now);
  report.committed = true;
  report.imported = valid.length;
  return report;
}

function fieldsFromMapping(
  keys: readonly string[],
  mapping: Record<string, CandidateImportField>,
): CandidateImportField[] {
  const known = new Set(keys);
  const unknown = Object.keys(mapping).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new ApiFailure(
      'invalid_input',
      `The file has no column called “${unknown[0]!.slice(0, 80)}”.`,
      unknown
        .slice(0, 20)
        .map((key) => ({ path: `mapping.${key.slice(0, 80)}`, message: 'No such column in the file' })),
    );
  }
  return keys.map((key) => (Object.hasOwn(mapping, key) ? mapping[key]! : 'ignore'));
}
