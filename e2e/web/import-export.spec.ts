import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../src/shared/csv/parseCsv.ts';
import type { Candidate } from '../../src/shared/schemas/candidate.ts';
import { callApi } from '../fixtures/callApi.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { ImportPage } from '../pages/ImportPage.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/data/multilingual-export-500.csv');
const { records } = parseCsv(readFileSync(fixture, 'utf8'));
const header = records[0]!.cells;
const cell = (record: number, column: string) => records[record]!.cells[header.indexOf(column)]!;
const nameOf = (record: number) => `${cell(record, 'First Name')} ${cell(record, 'Last Name')}`;

/** Every field a person can see or edit, keyed by email (the import's identity), without ids and dates. */
async function fieldsOf(
  host: WebHostProcess,
): Promise<Map<string, Omit<Candidate, 'id' | 'createdAt' | 'updatedAt'>>> {
  const fields = new Map<string, Omit<Candidate, 'id' | 'createdAt' | 'updatedAt'>>();
  for (let offset = 0; ; offset += 500) {
    const { items, total } = await callApi(host, 'candidates.list', { limit: 500, offset, sort: 'name' });
    for (const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } of items)
      fields.set(rest.email ?? rest.name, rest);
    if (offset + 500 >= total) break;
  }
  return fields;
}

async function importThroughTheScreen(importer: ImportPage, file: string, rows: number): Promise<void> {
  await importer.chooseFile(file);
  await expect(importer.importButton(rows)).toBeVisible();
  await importer.importButton(rows).click();
  await expect(importer.report).toBeVisible({ timeout: 60_000 });
}

test('the 500-row multilingual export: notes survive, a note-only word finds its person, and export → import into a fresh directory keeps every field', async ({
  page,
  webHost,
}) => {
  test.setTimeout(180_000);
  const list = new CandidatesPage(page);
  const importer = new ImportPage(page);
  const search = new SearchDialogPage(page);
  expect(nameOf(31)).toBe('Ewa Nowak');
  expect(cell(333, 'Notes')).toContain('zanfona');

  await list.goto(webHost.url);
  await page.getByRole('link', { name: 'Or import candidates from a CSV file' }).click();
  await importer.chooseFile(fixture);
  await expect(importer.mapping('Current Title')).toHaveValue('currentTitle');
  await expect(importer.mapping('Job')).toHaveValue('role');
  await expect(importer.mapping('Notes')).toHaveValue('notes');
  await expect(importer.mapping('Current Company')).toHaveValue('importedFields');
  await expect(importer.encoding).toContainText('UTF-8');
  await importer.importButton(500).click();
  await expect(importer.report).toContainText('Import finished', { timeout: 60_000 });
  await expect(importer.report).toContainText('1 row was not imported');
  await expect(importer.report).toContainText('1 row skipped as a duplicate');
  await expect(importer.report).toContainText('498 candidates imported');
  await expect(importer.rowsNotImported.getByRole('listitem')).toHaveText([
    'Row 32 (Ewa Nowak): "not-an-email" is not an email address',
  ]);
  await expect(importer.skippedDuplicates.getByRole('listitem')).toHaveText([
    `Row 78: ${cell(77, 'Email').toLowerCase()} is also in row 3`,
  ]);

  // A word that only row 333's imported note has finds that candidate.
  await importer.viewCandidatesButton.click();
  await expect(list.count).toHaveText('498 candidates');
  await search.open();
  await search.box.fill('zanfona');
  await expect(search.group(nameOf(333))).toBeVisible();
  await page.keyboard.press('Escape');

  // Export the whole list, then import that file into a fresh data directory through the same screen.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^rapport-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
  const exportDirectory = mkdtempSync(path.join(tmpdir(), 'rapport-export-'));
  const exported = path.join(exportDirectory, download.suggestedFilename());
  await download.saveAs(exported);
  const text = readFileSync(exported, 'utf8');
  // Row 120's company was a formula; the profile fields that start with + (phones) are neutralised too.
  expect(text).toContain("'+351");
  expect(
    parseCsv(text)
      .records.slice(1)
      .every((record) => record.cells.every((value) => !/^[=+\-@\t\r]/.test(value))),
  ).toBe(true);

  const freshDirectory = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-fresh-'));
  const fresh = await startWebHostProcess(freshDirectory);
  try {
    await list.goto(fresh.url);
    await page.getByRole('link', { name: 'Or import candidates from a CSV file' }).click();
    await importThroughTheScreen(importer, exported, 498);
    await expect(importer.report).toContainText('498 candidates imported');
    const before = await fieldsOf(webHost);
    const after = await fieldsOf(fresh);
    expect(after.size).toBe(498);
    expect([...after.entries()].sort()).toEqual([...before.entries()].sort());
    expect(before.get(cell(2, 'Email'))).toMatchObject({
      currentTitle: cell(2, 'Current Title'),
      role: cell(2, 'Job'),
      phone: cell(2, 'Phone'),
    });
  } finally {
    await fresh.stop();
    rmSync(freshDirectory, { recursive: true, force: true });
    rmSync(exportDirectory, { recursive: true, force: true });
  }
});
