import { callApi } from '../fixtures/callApi.ts';
import { seriousAxeViolations } from '../fixtures/seriousAxeViolations.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidateListFilters } from '../pages/CandidateListFilters.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';

test.use({ bypassCSP: true });

const formula = `=HYPERLINK("https://example.com/${'x'.repeat(300)}","click")`;

function people(count: number): string {
  const lines = ['Name,Email,Role,Location,Notes'];
  for (let index = 1; index <= count; index += 1) {
    const name =
      index === 3
        ? 'Ewa Nowak'
        : index === 4
          ? `Long${'a'.repeat(180)}`
          : `Person ${String(index).padStart(3, '0')}`;
    lines.push(
      `${name},p${index}@example.com,Engineer,${index === 4 ? 'Z'.repeat(190) : 'Lisboa'},"${index === 4 ? formula.replaceAll('"', '""') : 'ok'}"`,
    );
  }
  return lines.join('\n');
}

/** Rows of the list whose whole box is inside the scrolling area: what a person sees without scrolling. */
async function visibleRows(list: CandidatesPage): Promise<number> {
  return list.page.evaluate(() => {
    const scroller = document.querySelector('.candidate-scroller')!.getBoundingClientRect();
    const bottom = Math.min(scroller.bottom, window.innerHeight);
    return [...document.querySelectorAll('.candidate-table tbody tr.row-link')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= scroller.top && box.bottom <= bottom;
    }).length;
  });
}

test('the list: a name filter, sorting by header, compact rows, bulk stage, tag and Trash from the keyboard, nothing wider than the window', async ({
  page,
  webHost,
}) => {
  test.setTimeout(120_000);
  await callApi(webHost, 'candidates.import', { csv: people(60) });
  const list = new CandidatesPage(page);
  const filters = new CandidateListFilters(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await list.goto(webHost.url);
  await expect(list.count).toHaveText('60 candidates');

  // More than the nine rows of before, and about twice that when compact.
  expect(await visibleRows(list)).toBeGreaterThanOrEqual(11);
  await page.screenshot({ path: 'test-results/screens/list-1440x900.png' });
  const compact = page.getByRole('button', { name: 'Compact rows' });
  await compact.click();
  await expect(compact).toHaveAttribute('aria-pressed', 'true');
  expect(await visibleRows(list)).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: 'test-results/screens/list-compact-1440x900.png' });
  await compact.click();

  // Sorting by a header: a button in the header cell, and aria-sort on the cell.
  const nameHeader = list.table.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(list.table.getByRole('columnheader', { name: 'Updated' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await nameHeader.getByRole('button', { name: 'Name' }).press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(filters.sort).toHaveValue('name');
  await expect(list.table.getByRole('rowheader').first()).toHaveText(/^Ewa Nowak/);

  // The name filter narrows the list and says how many of all are shown.
  const nameFilter = page.getByRole('searchbox', { name: 'Name' });
  await nameFilter.fill('person 01');
  await expect(filters.shown).toHaveText('Showing 10 of 60 candidates');
  await nameFilter.fill('');
  await expect(filters.shown).toHaveText('60 candidates');

  // Bulk: tick two rows from the keyboard, move them to a stage, tag them, then trash one.
  // The row's checkbox is its last cell, one Tab after its name link.
  await list.candidateLink('Ewa Nowak').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Select Ewa Nowak' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  const second = list.table.getByRole('rowheader').nth(1);
  const secondName = (await second.getByRole('link').textContent())!;
  await expect(list.candidateLink(secondName)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const bar = page.getByRole('toolbar', { name: 'Change 2 candidates' });
  await expect(bar).toContainText('2 candidates selected');
  await bar
    .getByRole('combobox', { name: 'Stage for the selected candidates' })
    .selectOption({ label: 'Interviewing' });
  await bar.getByRole('button', { name: 'Move to stage' }).press('Enter');
  await expect(list.status).toHaveText('2 candidates moved to Interviewing.');
  await expect(list.row('Ewa Nowak')).toContainText('Interviewing');
  await expect(list.row(secondName)).toContainText('Interviewing');
  await expect(bar).toBeHidden();

  await page.getByRole('checkbox', { name: 'Select Ewa Nowak' }).check();
  const oneBar = page.getByRole('toolbar', { name: 'Change 1 candidate' });
  await oneBar.getByRole('textbox', { name: 'Tag to add to the selected candidates' }).fill('shortlist');
  await page.keyboard.press('Enter');
  await expect(list.status).toHaveText('Tag “shortlist” added to 1 candidate.');
  const tagged = await callApi(webHost, 'candidates.list', { tag: 'shortlist' });
  expect(tagged.items.map((candidate) => candidate.name)).toEqual(['Ewa Nowak']);

  await page.getByRole('checkbox', { name: 'Select Ewa Nowak' }).check();
  await oneBar.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(list.count).toHaveText('59 candidates');
  await expect(list.candidateLink('Ewa Nowak')).toHaveCount(0);

  expect(await seriousAxeViolations(page)).toEqual([]);

  // Long unbroken text never makes the list or the profile wider than the window.
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await list.goto(webHost.url);
    await expect(list.count).toHaveText('59 candidates');
    await page.screenshot({ path: `test-results/screens/list-${size.width}x${size.height}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await list.table.getByRole('link', { name: /^Longaaa/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline
      .getByRole('link', { name: /Imported notes/ })
      .first()
      .click();
    await expect(page.getByText(/=HYPERLINK/).first()).toBeVisible();
    await page.screenshot({
      path: `test-results/screens/profile-${size.width}x${size.height}.png`,
      fullPage: true,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
});
