import type { CsvEncoding } from '../../../shared/csv/csvEncodings.ts';
import type { CsvRecord } from '../../../shared/csv/CsvRecord.ts';
import { csvImportLimits } from '../../../shared/csv/csvImportLimits.ts';
import { describeImportRow } from '../../../shared/import/describeImportRow.ts';
import { mapImportRow } from '../../../shared/import/mapImportRow.ts';
import { stageLookup } from '../../../shared/import/stageLookup.ts';
import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';
import type { ImportReport } from '../../../shared/schemas/importReport.ts';
import type { CandidateImportWriter, ImportRow } from '../../storage/repositories/CandidateImportWriter.ts';
import { fieldsFromMapping } from './fieldsFromMapping.ts';
import { ImportCancelled } from './ImportCancelled.ts';
import type { ImportControl } from './ImportControl.ts';
import { importFieldNames } from './importFieldNames.ts';
import { readCsvFile } from './readCsvFile.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { suggestMapping } from './suggestMapping.ts';

const reportLimit = 1000;
/** Rows per transaction: small enough that a save from the app waits a few milliseconds, not a whole file. */
const batchRows = 500;
const batchCharacters = 4_000_000;

export type ImportOptions = {
  file: string;
  encoding: CsvEncoding;
  mapping?: Record<string, CandidateImportField>;
  mode: 'skip-invalid' | 'all-or-nothing';
  dryRun: boolean;
  now: string;
};

const overLimitMessages: Record<NonNullable<CsvRecord['overLimit']>, string> = {
  cell: `a cell is longer than ${csvImportLimits.cellCharacters.toLocaleString('en')} characters`,
  row: `the row is longer than ${csvImportLimits.rowCharacters.toLocaleString('en')} characters`,
  cells: `the row has more than ${csvImportLimits.cells.toLocaleString('en')} cells`,
};

/**
 * A CSV import streamed from a file: each row is checked as it is read and saved in batches. Invalid rows are
 * reported (and, in all-or-nothing mode, a first pass finds them before anything is written); a row whose email
 * a live candidate or an earlier row has is skipped as a duplicate. On Cancel or any failure, every batch
 * already saved is taken back, so an unfinished import leaves no candidate behind.
 */
export async function importCsvFile(
  options: ImportOptions,
  writer: CandidateImportWriter,
  stages: ReadonlyArray<{ id: string; name: string }>,
  control: ImportControl,
): Promise<ImportReport> {
  if (options.mode === 'all-or-nothing' && !options.dryRun) {
    const checked = await importPass(options, writer, stages, control, false);
    if (checked.invalid > 0 || checked.cancelled) return checked;
  }
  const report = await importPass(options, writer, stages, control, !options.dryRun);
  if (report.committed && report.imported >= 1000) writer.optimize();
  return report;
}

async function importPass(
  options: ImportOptions,
  writer: CandidateImportWriter,
  stages: ReadonlyArray<{ id: string; name: string }>,
  control: ImportControl,
  writing: boolean,
): Promise<ImportReport> {
  const lookup = stageLookup(stages);
  const report: ImportReport = {
    committed: false,
    cancelled: false,
    encoding: options.encoding,
    rows: 0,
    imported: 0,
    importable: 0,
    invalid: 0,
    duplicates: 0,
    notes: 0,
    droppedColumns: [],
    errors: [],
    skipped: [],
  };
  let columns: { keys: string[]; fields: CandidateImportField[]; label: (path: string) => string } | null =
    null;
  let dropped: number[] = [];
  const rowOfEmail = new Map<string, number>();
  const written: string[] = [];
  let batch: ImportRow[] = [];
  let batchRowNumbers: number[] = [];
  let characters = 0;
  let bytesRead = 0;
  const phase = writing ? 'saving' : 'checking';

  const flush = () => {
    if (batch.length === 0) return;
    if (control.cancelled()) throw new ImportCancelled();
    const result = writer.writeBatch(batch, options.now);
    written.push(...result.ids);
    report.notes += result.notes;
    for (const position of result.taken) {
      const email = batch[position]!.candidate.email!;
      report.duplicates += 1;
      report.importable -= 1;
      if (report.skipped.length < reportLimit)
        report.skipped.push({
          row: batchRowNumbers[position]!,
          email,
          existingCandidateId: writer.emailOwner(email),
          firstRow: null,
        });
    }
    batch = [];
    batchRowNumbers = [];
    characters = 0;
    control.progress({ phase, bytesRead, rows: report.rows, written: written.length });
  };

  const fail = (row: number, message: string, issues: Array<{ path: string; message: string }>) => {
    report.invalid += 1;
    if (report.errors.length < reportLimit) report.errors.push({ row, message, issues });
  };

  const onRecord = (record: CsvRecord) => {
    if (!columns) {
      const { headers, keys } = readCsvHeader(record.cells);
      const fields = options.mapping ? fieldsFromMapping(keys, options.mapping) : suggestMapping(headers);
      columns = { keys, fields, label: importFieldNames(keys, fields) };
      dropped = keys.map(() => 0);
      return;
    }
    report.rows += 1;
    const { keys, fields, label } = columns;
    fields.forEach((field, column) => {
      if (field === 'ignore' && (record.cells[column] ?? '').trim() !== '') dropped[column]! += 1;
    });
    const mapped = mapImportRow(record.cells, fields, lookup, keys);
    if (record.overLimit) {
      const name = mapped.ok ? mapped.candidate.name : mapped.name;
      const message = overLimitMessages[record.overLimit];
      fail(record.row, describeImportRow(record.row, name, [{ path: '', message }], label), [
        { path: '', message },
      ]);
      return;
    }
    if (!mapped.ok) {
      const issues = mapped.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      fail(record.row, describeImportRow(record.row, mapped.name, mapped.issues, label), issues);
      return;
    }
    const email = mapped.candidate.email ?? null;
    if (email !== null) {
      const firstRow = rowOfEmail.get(email) ?? null;
      const existingCandidateId = firstRow === null ? writer.emailOwner(email) : null;
      if (firstRow !== null || existingCandidateId !== null) {
        report.duplicates += 1;
        if (report.skipped.length < reportLimit)
          report.skipped.push({ row: record.row, email, existingCandidateId, firstRow });
        return;
      }
      rowOfEmail.set(email, record.row);
    }
    report.importable += 1;
    if (!writing) return;
    batch.push({ candidate: mapped.candidate, notes: mapped.notes ?? [] });
    batchRowNumbers.push(record.row);
    characters += record.characters;
    if (batch.length >= batchRows || characters >= batchCharacters) flush();
  };

  try {
    await readCsvFile({
      file: options.file,
      encoding: options.encoding,
      onRecord,
      cancelled: () => control.cancelled(),
      onBytes: (read) => {
        bytesRead = read;
        control.progress({ phase, bytesRead, rows: report.rows, written: written.length });
      },
    });
    if (!columns) readCsvHeader(null);
    flush();
  } catch (error) {
    if (written.length > 0) {
      control.progress({ phase: 'undoing', bytesRead, rows: report.rows, written: written.length });
      writer.remove(written);
    }
    if (!(error instanceof ImportCancelled)) throw error;
    return { ...report, cancelled: true, committed: false, imported: 0, notes: 0 };
  }
  const finalColumns = columns as { keys: string[] } | null;
  report.droppedColumns = (finalColumns?.keys ?? [])
    .map((column, index) => ({ column, values: dropped[index]! }))
    .filter((column) => column.values > 0);
  report.committed = writing;
  report.imported = written.length;
  if (!writing) report.notes = 0;
  return report;
}
