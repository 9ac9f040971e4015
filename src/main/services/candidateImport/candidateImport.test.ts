import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { snapshotDatabase } from '../../testing/snapshotDatabase.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';

type Report = MethodOutput<'candidates.import'>;
type Preview = MethodOutput<'candidates.importPreview'>;

const backend = useTestBackend();
const { call } = backend;

const count = (sql = 'SELECT count(*) FROM candidates') =>
  backend.database.prepare(sql).pluck().get() as number;

/** 500 candidates as a spreadsheet exports them, with row 101 (spreadsheet numbering) holding a bad email. */
function fiveHundred(): string {
  const lines = ['Full name,E-mail,Job title,Source,Tags,Stage'];
  for (let index = 1; index <= 500; index += 1) {
    const email = index === 100 ? 'not-an-email' : `person${index}@example.com`;
    lines.push(`"Person ${index}, Jr.",${email},Engineer,LinkedIn,"remote; senior",Screening`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('candidates.importPreview', () => {
  it('shows the columns with a suggested field, samples and the first rows, writing nothing', async () => {
    const before = snapshotDatabase(backend.database);
    const preview = await call<Preview>('candidates.importPreview', { csv: fiveHundred() });
    expect(preview.rowCount).toBe(500);
    expect(preview.delimiter).toBe(',');
    expect(preview.columns.map((column) => [column.key, column.suggestedField])).toEqual([
      ['Full name', 'name'],
      ['E-mail', 'email'],
      ['Job title', 'role'],
      ['Source', 'source'],
      ['Tags', 'tags'],
      ['Stage', 'stage'],
    ]);
    expect(preview.columns[0]!.samples).toEqual(['Person 1, Jr.', 'Person 2, Jr.', 'Person 3, Jr.']);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual([
      'Person 1, Jr.',
      'person1@example.com',
      'Engineer',
      'LinkedIn',
      'remote; senior',
      'Screening',
    ]);
    expect(preview.suggestedMapping).toEqual({
      'Full name': 'name',
      'E-mail': 'email',
      'Job title': 'role',
      Source: 'source',
      Tags: 'tags',
      Stage: 'stage',
    });
    expect(snapshotDatabase(backend.database)).toBe(before);
  });

  it('refuses a file that is not a table: empty, or a quote never closed', async () => {
    for (const csv of ['', '\n\n', 'Name\n"Ada\n']) {
      const result = await backend.router.call('candidates.importPreview', { csv });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: 'csv' }] },
      });
    }
  });
});

describe('candidates.import', () => {
  it('imports the valid rows and reports the malformed one by its spreadsheet row number', async () => {
    const report = await call<Report>('candidates.import', { csv: fiveHundred() });
    expect(report).toMatchObject({
      committed: true,
      rows: 500,
      imported: 499,
      importable: 499,
      invalid: 1,
      duplicates: 0,
    });
    expect(report.errors).toEqual([
      {
        row: 101,
        message: 'Row 101 (Person 100, Jr.): "not-an-email" is not an email address',
        issues: [{ path: 'email', message: 'Enter a valid email address' }],
      },
    ]);
    expect(count()).toBe(499);
    expect(count("SELECT count(*) FROM candidates WHERE stage_id = 'screening' AND role = 'Engineer'")).toBe(
      499,
    );
    const { items } = await call<{ items: Candidate[] }>('candidates.list', {
      tag: 'senior',
      sort: 'name',
      limit: 1,
    });
    expect(items[0]).toMatchObject({ name: 'Person 1, Jr.', tags: ['remote', 'senior'], source: 'LinkedIn' });
    expect(count('SELECT count(*) FROM stage_changes')).toBe(499);
    expect(count("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'person'")).toBe(499);
  });

  it('uses the mapping it is given, and ignores columns it leaves out', async () => {
    const csv = 'Who,Contact,Notes\nAda Lovelace,ada@example.com,ignore me\n';
    const report = await call<Report>('candidates.import', {
      csv,
      mapping: { Who: 'name', Contact: 'email' },
    });
    expect(report.imported).toBe(1);
    const { items } = await call<{ items: Candidate[] }>('candidates.list', {});
    expect(items[0]).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', role: null });
  });

  it('refuses a mapping without a name column or naming a column the file lacks, writing nothing', async () => {
    const before = snapshotDatabase(backend.database);
    const csv = 'Who,Contact\nAda,ada@example.com\n';
    for (const mapping of [{ Contact: 'email' }, { Who: 'name', Nope: 'email' }]) {
      const result = await backend.router.call('candidates.import', { csv, mapping });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(snapshotDatabase(backend.database)).toBe(before);
  });

  it('skips a row whose email a live candidate or an earlier row already has, and says which', async () => {
    const existing = await call<Candidate>('candidates.create', {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    const trashed = await call<Candidate>('candidates.create', {
      name: 'Old Alan',
      email: 'alan@example.com',
    });
    await call('candidates.delete', { id: trashed.id });
    const csv = [
      'Name,Email',
      'Ada Again,ADA@example.com',
      'Grace Hopper,grace@example.com',
      'Grace Twice,grace@example.com',
      'Alan Turing,alan@example.com',
      'No Email,',
      'No Email Either,',
    ].join('\n');
    const report = await call<Report>('candidates.import', { csv });
    expect(report).toMatchObject({ imported: 4, duplicates: 2, invalid: 0 });
    expect(report.skipped).toEqual([
      { row: 2, email: 'ada@example.com', existingCandidateId: existing.id, firstRow: null },
      { row: 4, email: 'grace@example.com', existingCandidateId: null, firstRow: 3 },
    ]);
    // A candidate in the Trash does not block re-adding the same person.
    expect(count("SELECT count(*) FROM candidates WHERE email = 'alan@example.com'")).toBe(2);
  });

  it('in all-or-nothing mode, one invalid row leaves the database exactly as it was', async () => {
    const before = snapshotDatabase(backend.database);
    const report = await call<Report>('candidates.import', { csv: fiveHundred(), mode: 'all-or-nothing' });
    expect(report).toMatchObject({ committed: false, imported: 0, importable: 499, invalid: 1 });
    expect(snapshotDatabase(backend.database)).toBe(before);
  });

  it('a dry run checks every row and writes nothing', async () => {
    const before = snapshotDatabase(backend.database);
    const report = await call<Report>('candidates.import', { csv: fiveHundred(), dryRun: true });
    expect(report).toMatchObject({ committed: false, imported: 0, importable: 499, invalid: 1 });
    expect(snapshotDatabase(backend.database)).toBe(before);
  });

  it('rolls back every row when the database fails part-way through', async () => {
    await call('candidates.create', { name: 'Already Here' });
    // A stand-in for a full disk or a constraint nobody expected: the 300th insert fails inside SQLite.
    backend.database.exec(`CREATE TRIGGER fail_midway BEFORE INSERT ON candidates
      WHEN (SELECT count(*) FROM candidates) >= 300 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = snapshotDatabase(backend.database);
    const result = await backend.router.call('candidates.import', { csv: fiveHundred() });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshotDatabase(backend.database)).toBe(before);
    expect(count()).toBe(1);
  });

  it('reads semicolon-separated files, quoted newlines and unknown stages', async () => {
    const csv = 'Name;Stage;Location\n"Zoë\nKowalska";Rejected;Kraków\nBad Stage;Nowhere;\n';
    const report = await call<Report>('candidates.import', { csv });
    expect(report).toMatchObject({ imported: 1, invalid: 1 });
    expect(report.errors[0]).toMatchObject({
      row: 3,
      message: 'Row 3 (Bad Stage): there is no stage called "Nowhere"',
    });
    const { items } = await call<{ items: Candidate[] }>('candidates.list', {});
    expect(items[0]).toMatchObject({ name: 'Zoë\nKowalska', stageId: 'rejected', location: 'Kraków' });
  });

  it('imports a file of several batches in one call (the 100,000-row size lives in npm run bench)', async () => {
    const lines = ['Name,Email,Role'];
    for (let index = 0; index < 1_200; index += 1)
      lines.push(`Person ${index},p${index}@example.com,Engineer`);
    const report = await call<Report>('candidates.import', { csv: lines.join('\n') });
    expect(report.imported).toBe(1_200);
    expect(count()).toBe(1_200);
    expect(count('SELECT count(DISTINCT email) FROM candidates')).toBe(1_200);
  });
});
