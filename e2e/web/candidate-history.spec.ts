import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidateDetailPage } from '../pages/CandidateDetailPage.ts';
import { CandidateListFilters } from '../pages/CandidateListFilters.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { ImportPage } from '../pages/ImportPage.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';
import { TrashPage } from '../pages/TrashPage.ts';

const roles = ['Staff Engineer', 'Product Designer', 'Data Scientist', 'Engineering Manager'];
const stages = ['Sourced', 'Screening', 'Interviewing', 'Offer', 'Rejected'];
const tags = ['remote', 'kotlin', 'senior'];
const firstNames = ['Zoë', 'Łukasz', 'Ana', 'Søren', 'Chloé', 'Grace', 'Ada', 'Alan'];
const lastNames = ['Kowalska', 'Nowak', 'Pérez', 'Lindqvist', 'Dubois', 'Hopper', 'Lovelace', 'Turing'];

type Row = { name: string; email: string; role: string; stage: string; tags: string[]; city: string };

/** 500 candidates as a spreadsheet exports them; spreadsheet row 101 (data row 100) has a malformed email. */
function candidatesCsv(): { csv: string; rows: Row[] } {
  const rows: Row[] = [];
  for (let index = 1; index <= 500; index += 1) {
    rows.push({
      name:
        index === 7
          ? 'Quentin Zyzzyva'
          : index === 8
            ? 'Théodora Quillfeather'
            : `${firstNames[index % 8]} ${lastNames[(index * 3) % 8]} ${index}`,
      email: index === 100 ? 'not-an-email' : `candidate${index}@example.com`,
      role: roles[index % roles.length]!,
      stage: stages[index % stages.length]!,
      tags: tags.filter((_tag, position) => (index + position) % (position + 2) === 0),
      city: index % 2 ? 'Kraków' : 'Łódź',
    });
  }
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = ['Full name,E-mail,Job title,Stage,Tags,City'];
  for (const row of rows) {
    lines.push(
      [row.name, row.email, row.role, row.stage, row.tags.join('; '), row.city].map(quote).join(','),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows };
}

test('a recruiter imports 500 candidates, filters, reads a timeline, searches a note, and uses the Trash — offline', async ({
  page,
  context,
  webHost,
}) => {
  test.setTimeout(120_000);
  // Offline: every request must go to the web host on this machine; anything else is refused and remembered.
  const attempted: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      attempted.push(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
  const list = new CandidatesPage(page);
  const filters = new CandidateListFilters(page);
  const importer = new ImportPage(page);
  const search = new SearchDialogPage(page);
  const detail = new CandidateDetailPage(page);
  const trash = new TrashPage(page);
  const { csv, rows } = candidatesCsv();

  // 1. Import the CSV: the mapping is suggested from the headers, one malformed row is reported, 499 arrive.
  await list.goto(webHost.url);
  await expect(list.welcomeHeading).toBeVisible();
  await page.getByRole('link', { name: 'Or import candidates from a CSV file' }).click();
  await expect(importer.heading).toBeVisible();
  await importer.choose('candidates.csv', csv);
  await expect(importer.mapping('Full name')).toHaveValue('name');
  await expect(importer.mapping('E-mail')).toHaveValue('email');
  await expect(importer.mapping('Job title')).toHaveValue('role');
  await expect(importer.mapping('City')).toHaveValue('location');
  await importer.importButton(500).click();
  await expect(importer.progress).toBeVisible();
  await expect(importer.report).toContainText('499 candidates imported');
  await expect(importer.report).toContainText('1 row was not imported');
  await expect(importer.rowsNotImported.getByRole('listitem')).toHaveText([
    `Row 101 (${rows[99]!.name}): "not-an-email" is not an email address`,
  ]);
  await expect(importer.progress).toHaveAttribute('value', '100');
  await importer.viewCandidatesButton.click();
  await expect(list.count).toHaveText('499 candidates');

  // 2. Filters combine, the count says what is shown, the keyboard opens a profile with its timeline.
  const imported = rows.filter((row) => row.email !== 'not-an-email');
  const expected = imported.filter(
    (row) => row.stage === 'Interviewing' && row.role === 'Staff Engineer' && row.tags.includes('kotlin'),
  );
  expect(expected.length).toBeGreaterThan(1);
  await filters.stage.selectOption('interviewing');
  await filters.role.selectOption('Staff Engineer');
  await filters.tag.selectOption('kotlin');
  await expect(filters.shown).toHaveText(`Showing ${expected.length} of 499 candidates`);
  await expect(list.table.getByRole('row')).toHaveCount(expected.length + 1);
  await filters.sort.selectOption('name');
  const byName = expected
    .map((row) => row.name)
    .sort((first, second) => (first.toLowerCase() < second.toLowerCase() ? -1 : 1));
  await expect(list.table.getByRole('rowheader')).toHaveText(byName.map((name) => new RegExp(`^${name}`)));
  await list.candidateLink(byName[0]!).focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.candidateLink(byName[1]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail.heading(byName[1]!)).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('link', { name: 'Added as Interviewing' })).toBeVisible();

  // A rejection asks for a reason, and the timeline shows it, newest first.
  await page.getByRole('combobox', { name: 'Stage' }).selectOption('rejected');
  const reasonDialog = page.getByRole('dialog', { name: `Move ${byName[1]} to Rejected?` });
  await reasonDialog.getByLabel('Reason for rejection').fill('Accepted another offer');
  await reasonDialog.getByRole('button', { name: 'Move to Rejected' }).click();
  await expect(detail.value('Stage')).toHaveText('Rejected');
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('Moved to Rejected');
  await expect(timeline.getByRole('listitem').first()).toContainText('Accepted another offer');

  // 3. A word in exactly one note: search finds it as you type and lands on that note.
  const target = imported.find((row) => row.name === 'Théodora Quillfeather')!;
  const { items: found } = await callApi(webHost, 'candidates.list', { limit: 500, sort: 'name' });
  const theodora = found.find((candidate) => candidate.name === target.name)!;
  for (const [candidate, text] of [
    [
      theodora,
      'Talked through her work on the payments platform. Mentioned a side project about a xylophone tuner.',
    ],
    [found[0]!, 'Strong on the payments platform too; no side projects mentioned.'],
  ] as const) {
    const interview = await callApi(webHost, 'interviews.create', {
      candidateId: candidate.id,
      title: 'Technical screen',
    });
    const document = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    };
    await callApi(webHost, 'notes.save', { id: interview.noteId, document, sequence: 1 });
  }
  // The list remembers its filters for the session; clear them to see everyone again.
  await list.candidatesLink.click();
  await expect(filters.shown).toHaveText(`Showing ${expected.length - 1} of 499 candidates`);
  await filters.clearButton.click();
  await expect(list.count).toHaveText('499 candidates');
  await search.open();
  await expect(search.dialog).toBeVisible();
  await expect(search.box).toBeFocused();
  await page.keyboard.type('xyloph');
  await expect(search.group('Théodora Quillfeather')).toBeVisible();
  await expect(search.results.getByRole('group')).toHaveCount(1);
  const noteOption = search.option(/xylophone/);
  await expect(noteOption.locator('mark')).toHaveText('xylophone');
  await page.keyboard.press('ArrowDown');
  await expect(noteOption).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/candidates/${theodora.id}/notes/[0-9a-f-]{36}$`));
  await expect(detail.heading('Théodora Quillfeather')).toBeVisible();
  const openNote = timeline.getByRole('listitem').filter({ has: page.locator('[aria-current="location"]') });
  await expect(openNote).toContainText('xylophone tuner');
  await expect(openNote.getByRole('link', { name: 'Notes: Technical screen' })).toBeFocused();

  // Accents and case do not matter: "theodora" finds Théodora, "lodz" finds candidates in Łódź.
  await search.open();
  await search.box.fill('THEODORA quill');
  await expect(search.group('Théodora Quillfeather')).toBeVisible();
  // It says how many there are in all, not just the 20 it shows (issue 13).
  await search.box.fill('lodz ');
  const inLodz = imported.filter((row) => row.city === 'Łódź').length;
  await expect(search.summary).toHaveText(`Showing 20 of ${inLodz} candidates.`);
  await page.keyboard.press('Escape');

  // 4. Trash a candidate, then restore them.
  await page.goto(`${webHost.url}#/candidates/${theodora.id}`);
  await detail.moveToTrash();
  await expect(list.count).toHaveText('498 candidates');
  await list.trashLink.click();
  await expect(trash.row('Théodora Quillfeather')).toBeVisible();
  await trash.restoreButton('Théodora Quillfeather').click();
  await expect(list.status).toHaveText('Théodora Quillfeather was restored.');
  await list.candidatesLink.click();
  await expect(list.count).toHaveText('499 candidates');

  // 5. Purge another: after "Delete forever" search no longer finds them.
  await search.open();
  await search.box.fill('zyzzyva');
  await expect(search.group('Quentin Zyzzyva')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(detail.heading('Quentin Zyzzyva')).toBeVisible();
  await detail.moveToTrash();
  await list.trashLink.click();
  await trash.deleteForever('Quentin Zyzzyva');
  await expect(list.status).toHaveText('Quentin Zyzzyva was deleted forever.');
  await search.open();
  await search.box.fill('zyzzyva');
  await expect(search.summary).toHaveText('Nothing matches “zyzzyva”.');
  await expect(search.results.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await list.candidatesLink.click();
  await expect(list.count).toHaveText('498 candidates');

  expect(attempted).toEqual([]);
});
