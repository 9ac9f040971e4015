import { seriousAxeViolations } from '../fixtures/seriousAxeViolations.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { ImportPage } from '../pages/ImportPage.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';

test.use({ bypassCSP: true });

test('the import screen reads a Windows-1252 file, warns about a column left out, and search keeps a name on one line', async ({
  page,
  webHost,
}) => {
  const list = new CandidatesPage(page);
  const importer = new ImportPage(page);
  const search = new SearchDialogPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await list.goto(webHost.url);
  await page.getByRole('link', { name: 'Or import candidates from a CSV file' }).click();
  // "Name;Secret\nZoë Café;x\nRené Müller;y" as Excel on Windows saves it.
  const bytes = Buffer.from('Name;Secret\r\nZo\xeb Caf\xe9;x\r\nRen\xe9 M\xfcller;y\r\n', 'latin1');
  await importer.file.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(
    page.getByText('excel.csv: 2 rows, 2 columns, separated by semicolons, read as Windows-1252'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'First rows' })).toContainText('Zoë Café');
  await expect(importer.mapping('Secret')).toHaveValue('importedFields');
  await importer.mapping('Secret').selectOption('ignore');
  await expect(page.getByText('2 values in this column will not be imported.')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/import-1280x720.png', fullPage: true });
  await importer.importButton(2).click();
  await expect(importer.report).toContainText('2 candidates imported');
  await expect(importer.report).toContainText('Column “Secret” was not imported: 2 values left out');

  await importer.viewCandidatesButton.click();
  await expect(list.count).toHaveText('2 candidates');
  await search.open();
  await search.box.fill('zoe');
  const option = search.option(/Zoë Café/);
  await expect(option).toBeVisible();
  const mark = option.locator('mark').first();
  await expect(mark).toHaveText('Zoë');
  // The name and its highlight sit on one line: the mark is no taller than a line of text.
  const box = (await mark.boundingBox())!;
  const line = (await option.locator('.search-option-text').boundingBox())!;
  expect(box.height).toBeLessThan(30);
  expect(line.height).toBeLessThan(60);
  await page.screenshot({ path: 'test-results/screens/search-1280x720.png' });
});
