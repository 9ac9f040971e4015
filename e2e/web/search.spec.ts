import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callApi } from '../fixtures/callApi.ts';
import { exportedCandidates } from '../fixtures/exportedCandidates.ts';
import { seriousAxeViolations } from '../fixtures/seriousAxeViolations.ts';
import type { WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidateDetailPage } from '../pages/CandidateDetailPage.ts';
import { CandidateListFilters } from '../pages/CandidateListFilters.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { ImportPage } from '../pages/ImportPage.ts';
import { ListSearch } from '../pages/ListSearch.ts';
import { SavedSearchesPanel } from '../pages/SavedSearchesPanel.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';

const exportFile = path.join(import.meta.dirname, '..', 'fixtures', 'data', 'multilingual-export-500.csv');

// axe is injected as a script, which the app's CSP rightly refuses otherwise.
test.use({ bypassCSP: true });

/** Candidates a test is not about, straight through the API: name, location, source. */
async function seed(webHost: WebHostProcess, people: ReadonlyArray<[string, string, string]>): Promise<void> {
  for (const [name, location, source] of people)
    await callApi(webHost, 'candidates.create', { name, location, source });
}

test('Boolean queries over a 500-row ATS export find exactly what a reference filter over the file picks', async ({
  page,
  webHost,
}) => {
  test.setTimeout(180_000);
  const list = new CandidatesPage(page);
  const importer = new ImportPage(page);
  const filters = new CandidateListFilters(page);
  const search = new ListSearch(page);
  const dialog = new SearchDialogPage(page);
  const file = readFileSync(exportFile);
  const csv = file.toString('utf8');

  await list.goto(`${webHost.url}#/import`);
  await importer.file.setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: file });
  await importer.importButton(500).click();
  await expect(importer.report).toBeVisible({ timeout: 60_000 });
  await importer.viewCandidatesButton.click();

  // The reference: the file's own rows and columns, read by the mapping the import screen suggested and used.
  const { suggestedMapping } = await callApi(webHost, 'candidates.importPreview', { csv });
  const people = exportedCandidates(csv, suggestedMapping);
  await expect(list.count).toHaveText(`${people.length} candidates`);
  const queries: Array<[string, (person: (typeof people)[number]) => boolean]> = [
    [
      '(referral OR meetup) AND location:lisboa',
      (person) =>
        (person.mentions('referral') || person.mentions('meetup')) && person.mentions('lisboa', 'location'),
    ],
    ['"talent sourcer" -zürich', (person) => person.mentions('talent sourcer') && !person.mentions('zurich')],
  ];

  for (const [query, picks] of queries) {
    const expected = people.filter(picks).map((person) => person.email);
    expect(expected.length, query).toBeGreaterThan(5);
    await search.type(query);
    await expect(filters.shown).toHaveText(`Showing ${expected.length} of ${people.length} candidates`);
    expect((await search.listedEmails(expected.length)).sort(), query).toEqual([...expected].sort());
    await expect(search.hint).toBeEmpty();

    // From elsewhere, Ctrl+K says how many there are, shows 20 at most, and hands the rest to the list.
    await list.trashLink.click();
    await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
    await dialog.open();
    await dialog.box.fill(query);
    const shown = Math.min(20, expected.length);
    await expect(dialog.summary).toHaveText(
      expected.length > 20
        ? `Showing 20 of ${expected.length} candidates.`
        : `${expected.length} candidates found.`,
    );
    await expect(dialog.results.getByRole('group')).toHaveCount(shown);
    await expect(dialog.seeAll).toHaveText(`See all ${expected.length} in the list`);
    await dialog.seeAll.click();
    await expect(dialog.dialog).toBeHidden();
    await expect(search.box).toHaveValue(query);
    await expect(filters.shown).toHaveText(`Showing ${expected.length} of ${people.length} candidates`);
  }
});

test('hostile queries get an answer and a hint, in the list and in Ctrl+K, and nothing breaks', async ({
  page,
  webHost,
}) => {
  test.setTimeout(120_000);
  await seed(webHost, [
    ['Ana Sousa', 'Lisboa', 'Referral'],
    ['Bruno Costa', 'Porto', 'Meetup'],
    ['Carla Dias', 'Lisboa', 'Agency'],
  ]);
  const list = new CandidatesPage(page);
  const filters = new CandidateListFilters(page);
  const search = new ListSearch(page);
  const dialog = new SearchDialogPage(page);
  await list.goto(webHost.url);
  await expect(list.count).toHaveText('3 candidates');

  // The query, what the list then shows, and how its hint starts.
  const cases: Array<[string, string, string]> = [
    [
      '(referral OR lisboa',
      'Showing 1 of 3 candidates',
      'A closing parenthesis is missing, so this searched',
    ],
    ['referral) lisboa', 'Showing 1 of 3 candidates', 'A closing parenthesis has no opening one'],
    ['AND', 'Showing 0 of 3 candidates', '“AND” needs a word on each side.'],
    ['lisboa OR', 'Showing 2 of 3 candidates', '“OR” needs a word on each side'],
    ['NOT', 'Showing 0 of 3 candidates', '“NOT” needs a word after it.'],
    ['location:', 'Showing 0 of 3 candidates', '“location:” needs a word after it, like location:lisboa.'],
    ['lisboa source:', 'Showing 2 of 3 candidates', '“source:” needs a word after it'],
    ['"talent sour', 'Showing 0 of 3 candidates', 'The closing quote (") is missing'],
  ];
  for (const [query, shown, hint] of cases) {
    await search.type(query);
    await expect(filters.shown, query).toHaveText(shown);
    await expect(search.hint, query).toContainText(hint);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await dialog.open();
    await page.keyboard.type(query);
    await expect(dialog.summary, query).toContainText(hint);
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
  }

  // 10,000 characters, pasted: the start is searched, the rest said to be left out, and the app still answers.
  const pasted = `lisboa ${'x'.repeat(9_993)}`;
  await search.box.fill(pasted);
  await expect(search.hint).toHaveText('Only the first 4,096 characters were searched.');
  await expect(filters.shown).toHaveText('Showing 0 of 3 candidates');
  await dialog.open();
  await dialog.box.fill(pasted);
  await expect(dialog.summary).toContainText('Only the first 4,096 characters were searched.');
  await dialog.box.fill('lisboa');
  await expect(dialog.summary).toHaveText('2 candidates found.');
  await page.keyboard.press('Escape');
  await search.clearSearch.click();
  await expect(list.count).toHaveText('3 candidates');
});

test('a saved search sits in the sidebar with a live count, opens the list on it, and can be deleted — by keyboard', async ({
  page,
  webHost,
}) => {
  await seed(webHost, [
    ['Ana Sousa', 'Lisboa', 'Referral'],
    ['Bruno Costa', 'Lisboa', 'Meetup'],
    ['Carla Dias', 'Porto', 'Referral'],
  ]);
  const list = new CandidatesPage(page);
  const filters = new CandidateListFilters(page);
  const search = new ListSearch(page);
  const saved = new SavedSearchesPanel(page);
  const query = '(referral OR meetup) AND location:lisboa';
  await list.goto(webHost.url);
  await expect(saved.region).toContainText('Search the list, then save the search here.');

  await search.type(query);
  await expect(filters.shown).toHaveText('Showing 2 of 3 candidates');
  await saved.saveButton.focus();
  await page.keyboard.press('Enter');
  await expect(saved.nameField).toBeFocused();
  await expect(saved.nameField).toHaveValue(query);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Lisboa referrals');
  await page.keyboard.press('Enter');
  await expect(list.status).toHaveText('Saved the search “Lisboa referrals”.');
  await expect(saved.link('Lisboa referrals')).toHaveAccessibleName('Lisboa referrals 2 candidates');
  await expect(saved.link('Lisboa referrals')).toHaveAttribute('aria-current', 'page');
  await expect(saved.saveButton).toBeHidden();

  // A match goes to the Trash: the count follows; then back to the list through the saved search.
  await list.open('Bruno Costa');
  await new CandidateDetailPage(page).moveToTrash();
  await expect(list.count).toHaveText('2 candidates');
  await expect(saved.link('Lisboa referrals')).toHaveAccessibleName('Lisboa referrals 1 candidate');
  await expect(saved.link('Lisboa referrals')).not.toHaveAttribute('aria-current');
  await saved.link('Lisboa referrals').focus();
  await page.keyboard.press('Enter');
  await expect(search.box).toHaveValue(query);
  await expect(filters.shown).toHaveText('Showing 1 of 2 candidates');
  await expect(list.candidateLink('Ana Sousa')).toBeVisible();

  // A name taken again is refused where it is typed.
  await search.type('location:porto');
  await saved.saveButton.click();
  await saved.nameField.fill('LISBOA REFERRALS');
  await saved.confirmSave.click();
  await expect(saved.region.getByText('Another saved search already has this name')).toBeVisible();
  await page.keyboard.press('Escape');

  await saved.deleteButton('Lisboa referrals').focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete the saved search “Lisboa referrals”?' });
  await confirm.getByRole('button', { name: 'Delete saved search' }).click();
  await expect(list.status).toHaveText('Deleted the saved search “Lisboa referrals”.');
  await expect(saved.link('Lisboa referrals')).toHaveCount(0);
  expect((await callApi(webHost, 'savedSearches.list', {})).items).toEqual([]);
});

test('search, its tips and the saved searches have no serious accessibility problem', async ({
  page,
  webHost,
}) => {
  await seed(webHost, [['Ana Sousa', 'Lisboa', 'Referral']]);
  await callApi(webHost, 'savedSearches.create', { name: 'Lisboa', query: 'location:lisboa' });
  const search = new ListSearch(page);
  const dialog = new SearchDialogPage(page);
  const serious = () => seriousAxeViolations(page);

  await page.goto(`${webHost.url}#/candidates?q=${encodeURIComponent('location:lisboa -zürich')}`);
  await expect(search.box).toHaveValue('location:lisboa -zürich');
  await search.tips.click();
  await expect(page.getByRole('region', { name: 'Search tips' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page
    .getByRole('region', { name: 'Search tips' })
    .getByRole('button', { name: /^kotl\*/ })
    .click();
  await expect(search.box).toHaveValue('kotl*');
  await expect(page.getByRole('region', { name: 'Search tips' })).toBeHidden();

  await dialog.open();
  await page.keyboard.type('(lisboa');
  await expect(dialog.summary).toContainText('A closing parenthesis is missing');
  await dialog.tips.click();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.tips).toBeFocused();
});
