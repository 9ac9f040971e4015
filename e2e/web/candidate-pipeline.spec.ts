import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidateListFilters } from '../pages/CandidateListFilters.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';

test('stages are renamed and reordered in Settings, and the list and profile follow', async ({
  page,
  webHost,
}) => {
  const ada = await callApi(webHost, 'candidates.create', { name: 'Ada Lovelace', stageId: 'screening' });
  await callApi(webHost, 'candidates.create', { name: 'Grace Hopper', stageId: 'contacted' });
  const list = new CandidatesPage(page);
  const filters = new CandidateListFilters(page);

  await page.goto(`${webHost.url}#/settings`);
  await page.getByRole('link', { name: 'Pipeline stages' }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline stages', level: 1 })).toBeVisible();
  const stages = page.getByRole('list', { name: 'Pipeline stages' });
  await expect(stages.getByRole('listitem')).toHaveCount(8);

  const name = page.getByRole('textbox', { name: 'Name of the Screening stage' });
  await name.fill('Phone screen');
  await name.press('Enter');
  await expect(list.status).toHaveText('Screening is now called Phone screen.');
  const moveUp = page.getByRole('button', { name: 'Move up: Phone screen' });
  await moveUp.click();
  await expect(list.status).toHaveText('Phone screen moved up, to position 2 of 8.');
  await expect(moveUp).toBeFocused();
  await expect(stages.getByRole('textbox').nth(1)).toHaveValue('Phone screen');
  await expect(page.getByRole('button', { name: 'Move up: Sourced' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move down: Withdrawn' })).toBeDisabled();

  // A name another stage has is refused next to the field.
  const offer = page.getByRole('textbox', { name: 'Name of the Offer stage' });
  await offer.fill('phone screen');
  await offer.press('Enter');
  await expect(offer).toHaveAccessibleDescription('Another stage already has this name');

  // Sorted by stage, Ada (now in the second stage) comes before Grace (third).
  await list.candidatesLink.click();
  await filters.sort.selectOption('stage');
  await expect(list.table.getByRole('rowheader')).toHaveText([/^Ada Lovelace/, /^Grace Hopper/]);
  await expect(list.row('Ada Lovelace')).toContainText('Phone screen');
  await expect(filters.stage.getByRole('option', { name: 'Phone screen' })).toHaveCount(1);
  await page.goto(`${webHost.url}#/candidates/${ada.id}`);
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('screening');
  await expect(page.getByRole('combobox', { name: 'Stage' }).getByRole('option').nth(1)).toHaveText(
    'Phone screen',
  );
});

test('search opens with Ctrl+K from anywhere, even a text field, and any text is safe to type', async ({
  page,
  webHost,
}) => {
  await callApi(webHost, 'candidates.create', { name: 'Zoë Kowalska', location: 'Kraków', tags: ['rust'] });
  const search = new SearchDialogPage(page);
  await page.goto(`${webHost.url}#/candidates/new`);
  await page.getByRole('textbox', { name: 'Name', exact: true }).focus();
  await search.open();
  await expect(search.box).toBeFocused();
  for (const text of ['"', 'NEAR(zoe', '* AND OR NOT', '🎉🎉', '-^:()', 'a'.repeat(5000)]) {
    await search.box.fill(text);
    await expect(search.summary).toHaveText(/^Nothing matches/);
  }
  await search.box.fill('zoe krakow');
  await expect(search.group('Zoë Kowalska')).toBeVisible();
  await expect(search.option(/Profile/).locator('mark')).toHaveText(['Zoë', 'Kraków']);
  await search.box.press('Escape');
  await expect(search.dialog).toBeHidden();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(search.box).toBeFocused();
});
