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

/** Sends bytes the way the import screen does: base64 parts, in order. */
async function upload(bytes: Uint8Array, partBytes = 512 * 1024): Promise<string> {
  let uploadId: string | undefined;
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += partBytes) {
    const data = Buffer.from(bytes.subarray(offset, offset + partBytes)).toString('base64');
    const result = await call<{ uploadId: string }>('candidates.importUpload', {
      ...(uploadId ? { uploadId } : {}),
      offset,
      data,
    });
    uploadId = result.uploadId;
  }
  return uploadId!;
}

const exported = [
  'First Name,Last Name,Email,Current Title,Job,Current Company,Notes,Created At,Favourite colour',
  'Ewa,Nowak,not-an-email,Recruiter,Talent Sourcer,Acme,"Knows the zanfona, plays it well",2026-01-01,blue',
  'Ana,Silva,ana@example.org,Staff Engineer,Data Scientist,"=HYPERLINK(""https://evil.example"",""x"")","Line one\nLine two",2026-01-02,',
  'Ana Again,Silva,ANA@example.org,,,,,,',
].join('\r\n');

describe('an import that keeps everything', () => {
  it('maps Current Title to the current title, Notes to a note, and every other column to "Imported fields"', async () => {
    const preview = await call<Preview>('candidates.importPreview', { csv: exported });
    expect(preview.suggestedMapping).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Current Title': 'currentTitle',
      Job: 'role',
      'Current Company': 'importedFields',
      Notes: 'notes',
      'Created At': 'importedFields',
      'Favourite colour': 'importedFields',
    });
    expect(preview.columns.find((column) => column.key === 'Favourite colour')?.values).toBe(1);
    expect(preview.encoding).toBe('utf-8');

    const report = await call<Report>('candidates.import', { csv: exported });
    expect(report).toMatchObject({
      committed: true,
      rows: 3,
      imported: 1,
      invalid: 1,
      duplicates: 1,
      notes: 2,
    });
    expect(report.droppedColumns).toEqual([]);
    expect(report.errors.map((error) => error.message)).toEqual([
      'Row 2 (Ewa Nowak): "not-an-email" is not an email address',
    ]);
    const { items } = await call<{ items: Candidate[] }>('candidates.list', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'Ana Silva',
      currentTitle: 'Staff Engineer',
      role: 'Data Scientist',
    });
    const notes = backend.database
      .prepare('SELECT title, text FROM notes WHERE candidate_id = ? ORDER BY title')
      .all(items[0]!.id);
    expect(notes).toEqual([
      {
        title: 'Imported fields',
        text: 'Current Company: =HYPERLINK("https://evil.example","x")\nCreated At: 2026-01-02',
      },
      { title: 'Imported notes', text: 'Line one\nLine two' },
    ]);
  });

  it('finds a candidate by a word that only their imported note has', async () => {
    await call('candidates.import', {
      csv: 'Name,Email,Notes\nRita Zanfona-less,rita@example.org,plays the accordion\nEwa,ewa@example.org,zanfona lessons\n',
    });
    const result = await call<{ groups: Array<{ candidate: { name: string } }> }>('search.query', {
      text: 'zanfona',
      limit: 10,
    });
    expect(result.groups.map((group) => group.candidate.name)).toContain('Ewa');
    expect(count("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'accordion'")).toBe(1);
  });

  it('says which non-empty columns were left out, and how many values each had', async () => {
    const report = await call<Report>('candidates.import', {
      csv: 'Name,Secret,Empty\nAda,x,\nGrace,,\nAlan,y,\n',
      mapping: { Name: 'name', Secret: 'ignore', Empty: 'ignore' },
    });
    expect(report.droppedColumns).toEqual([{ column: 'Secret', values: 2 }]);
  });

  it('reads UTF-16 and Windows-1252 files, detected or as asked', async () => {
    const text = 'Name,Location\nZoë Łukasiewicz,Kraków\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const uploadId = await upload(utf16, 7);
    const preview = await call<Preview>('candidates.importPreview', { uploadId });
    expect(preview).toMatchObject({ encoding: 'utf-16le', rows: [['Zoë Łukasiewicz', 'Kraków']] });

    // "Café Zoë" in Windows-1252, as Excel on Windows saves CSV.
    const latin = Buffer.from([
      ...Buffer.from('Name\n'),
      0x43,
      0x61,
      0x66,
      0xe9,
      0x20,
      0x5a,
      0x6f,
      0xeb,
      0x0a,
    ]);
    const latinId = await upload(latin);
    expect(await call<Preview>('candidates.importPreview', { uploadId: latinId })).toMatchObject({
      encoding: 'windows-1252',
      rows: [['Café Zoë']],
    });
    // Asked to read it as UTF-8, the bad bytes show as replacement characters, not as an error.
    expect(
      (await call<Preview>('candidates.importPreview', { uploadId: latinId, encoding: 'utf-8' })).rows[0]![0],
    ).toContain('\uFFFD');
    const report = await call<Report>('candidates.import', { uploadId: latinId });
    expect(report).toMatchObject({ imported: 1, encoding: 'windows-1252' });
    expect(count("SELECT count(*) FROM candidates WHERE name = 'Café Zoë'")).toBe(1);
  });

  it('reports a row with a cell past the limit by row and name, and imports the rows around it', async () => {
    const huge = 'x'.repeat(150_000);
    const report = await call<Report>('candidates.import', {
      csv: `Name,Notes\nAda,short\nGrace,"${huge}"\nAlan,fine\n`,
    });
    expect(report).toMatchObject({ imported: 2, invalid: 1 });
    expect(report.errors[0]!.message).toBe('Row 3 (Grace): a cell is longer than 100,000 characters');
  });

  it('undoes the apostrophe our export puts before a formula, and only that', async () => {
    await call('candidates.import', {
      csv: "Name,Phone,Location\n'=Ada,'+48 600 100 200,'Kraków\n",
    });
    expect(backend.database.prepare('SELECT name, phone, location FROM candidates').get()).toEqual({
      name: '=Ada',
      phone: '+48 600 100 200',
      location: "'Kraków",
    });
  });

  it('refuses parts of an upload that arrive out of order, or for an unknown upload, writing nothing', async () => {
    const before = snapshotDatabase(backend.database);
    const uploadId = await upload(Buffer.from('Name\nAda\n'));
    for (const input of [
      { uploadId, offset: 0, data: 'QQ==' },
      { uploadId: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d', offset: 0, data: 'QQ==' },
      { offset: 0, data: 'not base64!' },
    ]) {
      const result = await backend.router.call('candidates.importUpload', input);
      expect(result.ok).toBe(false);
    }
    expect(await backend.router.call('candidates.import', { csv: 'Name\nAda\n', uploadId })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(snapshotDatabase(backend.database)).toBe(before);
  });

  it('cancels: the import answers cancelled, nothing is left behind, and other calls went on meanwhile', async () => {
    const lines = ['Name,Email'];
    for (let index = 0; index < 3000; index += 1) lines.push(`Person ${index},p${index}@example.com`);
    const importId = '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0e';
    const pending = call<Report>('candidates.import', { csv: lines.join('\n'), importId });
    expect(await call('candidates.importProgress', { importId })).toMatchObject({ running: true });
    expect(await call('candidates.importCancel', { importId })).toEqual({ cancelled: true });
    expect(await call('app.info', {})).toMatchObject({ version: 'test' });
    const report = await pending;
    expect(report).toMatchObject({ cancelled: true, committed: false, imported: 0 });
    expect(count()).toBe(0);
    expect(await call('candidates.importProgress', { importId })).toMatchObject({ running: false });
    expect(await call('candidates.importCancel', { importId })).toEqual({ cancelled: false });
  });
});
