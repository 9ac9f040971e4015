import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateImportWriter } from '../../storage/repositories/CandidateImportWriter.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { importCsvFile } from './importCsvFile.ts';
import type { ImportControl } from './ImportControl.ts';

const backend = useTestBackend();
const stages = [{ id: 'sourced', name: 'Sourced' }];
const count = (sql: string) => backend.database.prepare(sql).pluck().get() as number;

function file(rows: number): { path: string; remove: () => void } {
  const directory = temporaryDirectory();
  const lines = ['Name,Email,Tags,Notes'];
  for (let index = 0; index < rows; index += 1)
    lines.push(`Person ${index},p${index}@example.com,rust,note ${index}`);
  const csv = path.join(directory.path, 'people.csv');
  writeFileSync(csv, lines.join('\n'));
  return { path: csv, remove: directory.remove };
}

const options = (csv: string) => ({
  file: csv,
  encoding: 'utf-8' as const,
  mode: 'skip-invalid' as const,
  dryRun: false,
  now: '2026-05-01T10:00:00.000Z',
});

describe('importCsvFile', () => {
  it('takes back every saved batch, notes, tags and counts too, when Cancel comes part-way through saving', async () => {
    const csv = file(1600);
    let batches = 0;
    const control: ImportControl = {
      cancelled: () => batches >= 2,
      progress: ({ phase, written }) => {
        if (phase === 'saving' && written > 0) batches = written / 500;
      },
    };
    const writer = new CandidateImportWriter(backend.database);
    const report = await importCsvFile(options(csv.path), writer, stages, control);
    csv.remove();
    expect(batches).toBe(2);
    expect(report).toMatchObject({ cancelled: true, committed: false, imported: 0 });
    for (const table of ['candidates', 'notes', 'stage_changes', 'candidate_tags', 'candidate_counts'])
      expect(count(`SELECT count(*) FROM ${table}`)).toBe(0);
    expect(count("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'person'")).toBe(0);
    backend.database.exec("INSERT INTO candidates_fts (candidates_fts, rank) VALUES ('integrity-check', 1)");
    backend.database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('takes back the saved batches when the database fails in a later one, and passes the failure on', async () => {
    const csv = file(1200);
    backend.database.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON candidates
      WHEN (SELECT count(*) FROM candidates) >= 1100 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const control: ImportControl = { cancelled: () => false, progress: () => {} };
    await expect(
      importCsvFile(options(csv.path), new CandidateImportWriter(backend.database), stages, control),
    ).rejects.toThrow('disk full');
    csv.remove();
    expect(count('SELECT count(*) FROM candidates')).toBe(0);
    expect(count('SELECT count(*) FROM notes')).toBe(0);
  });
});
