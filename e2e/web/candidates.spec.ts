import { CandidateDetailPage } from '../pages/CandidateDetailPage.ts';
import { CandidateFormPage } from '../pages/CandidateFormPage.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { TrashPage } from '../pages/TrashPage.ts';
import { expect, test } from '../fixtures/test.ts';
import { startWebHostProcess } from '../fixtures/startWebHostProcess.ts';

test('a recruiter adds a candidate, who survives a reload and a restart, then edits, trashes and restores them', async ({
  page,
  webHost,
  dataDirectory,
}) => {
  const list = new CandidatesPage(page);
  const form = new CandidateFormPage(page);
  const detail = new CandidateDetailPage(page);
  const trash = new TrashPage(page);

  await list.goto(webHost.url);
  await expect(list.welcomeHeading).toBeVisible();

  await list.addButton.click();
  await expect(form.name).toBeFocused();
  await form.fill({ name: 'Ada Lovelace', email: 'ada@example.com', role: 'Analytical engineer' });
  await form.save();
  await expect(list.status).toHaveText('Ada Lovelace was added.');
  await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
  await expect(list.count).toHaveText('1 candidate');
  await expect(list.row('Ada Lovelace')).toContainText('Analytical engineer');
  await expect(list.row('Ada Lovelace')).toContainText('Sourced');

  await page.reload();
  await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
  await expect(list.count).toHaveText('1 candidate');

  await webHost.stop();
  const restarted = await startWebHostProcess(dataDirectory);
  try {
    await list.goto(restarted.url);
    await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
    await expect(list.count).toHaveText('1 candidate');

    // The backend refuses a bad email; the form shows why, under the field, and saves nothing.
    await list.addButton.click();
    await form.fill({ name: 'Grace Hopper', email: 'not-an-email' });
    await form.save();
    await expect(form.email).toHaveAccessibleDescription('Enter a valid email address');
    await expect(form.email).toHaveAttribute('aria-invalid', 'true');
    await expect(form.email).toBeFocused();
    await expect(form.name).not.toHaveAttribute('aria-invalid', 'true');
    await form.cancelButton.click();
    await expect(list.count).toHaveText('1 candidate');
    await expect(list.candidateLink('Grace Hopper')).toHaveCount(0);

    // Move along the pipeline.
    await list.open('Ada Lovelace');
    await expect(detail.heading('Ada Lovelace')).toBeVisible();
    await expect(detail.value('Email')).toHaveText('ada@example.com');
    await detail.editButton.click();
    await expect(form.stage).toHaveValue('sourced');
    await form.fill({ stage: 'Interviewing' });
    await form.save();
    await expect(list.status).toHaveText('Changes to Ada Lovelace were saved.');
    await expect(detail.value('Stage')).toHaveText('Interviewing');
    await list.candidatesLink.click();
    await expect(list.row('Ada Lovelace')).toContainText('Interviewing');

    // Trash, then restore.
    await list.open('Ada Lovelace');
    await detail.trashButton.click();
    await expect(detail.dialog).toBeVisible();
    await expect(
      detail.dialog.getByRole('heading', { name: 'Move Ada Lovelace to the Trash?' }),
    ).toBeVisible();
    await expect(detail.cancelDialogButton).toBeFocused();
    await detail.confirmTrashButton.click();
    await expect(list.status).toHaveText('Ada Lovelace was moved to the Trash.');
    await expect(list.welcomeHeading).toBeVisible();

    await list.trashLink.click();
    await expect(trash.heading).toBeVisible();
    await expect(trash.row('Ada Lovelace')).toBeVisible();
    await trash.restoreButton('Ada Lovelace').click();
    await expect(list.status).toHaveText('Ada Lovelace was restored.');
    await expect(trash.emptyMessage).toBeVisible();
    await expect(trash.heading).toBeFocused();

    await list.candidatesLink.click();
    await expect(list.count).toHaveText('1 candidate');
    await expect(list.row('Ada Lovelace')).toContainText('Interviewing');
  } finally {
    await restarted.stop();
  }
});

test('the keyboard is enough: Tab to a row, Enter opens it, Ctrl+Enter saves, Escape cancels', async ({
  page,
  webHost,
}) => {
  const list = new CandidatesPage(page);
  const form = new CandidateFormPage(page);
  const detail = new CandidateDetailPage(page);

  await list.goto(webHost.url);
  await list.addButton.press('Enter');
  await expect(form.name).toBeFocused();
  await page.keyboard.type('Katherine Johnson');
  await page.keyboard.press('Control+Enter');
  await expect(list.candidateLink('Katherine Johnson')).toBeVisible();

  await list.addButton.click();
  await form.fill({ name: 'Not saved' });
  await page.keyboard.press('Escape');
  await expect(list.count).toHaveText('1 candidate');

  // Tab from the list's last filter passes the three sort headers and reaches the row's link; Enter opens it.
  await page.getByRole('combobox', { name: 'Sort by' }).focus();
  for (const header of ['Name', 'Stage', 'Updated']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: header, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(list.candidateLink('Katherine Johnson')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail.heading('Katherine Johnson')).toBeVisible();

  // Escape closes the confirmation without trashing anything.
  await detail.trashButton.click();
  await expect(detail.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail.dialog).toBeHidden();
  await expect(detail.trashButton).toBeFocused();
  await expect(detail.heading('Katherine Johnson')).toBeVisible();
});

test('a duplicate email is refused next to the Email field, and Delete forever asks first', async ({
  page,
  webHost,
}) => {
  const list = new CandidatesPage(page);
  const form = new CandidateFormPage(page);
  const detail = new CandidateDetailPage(page);
  const trash = new TrashPage(page);

  await list.goto(webHost.url);
  for (const name of ['Alan Turing', 'Joan Clarke']) {
    await list.addButton.click();
    await form.fill({ name, email: 'codebreaker@example.com' });
    await form.save();
    if (name === 'Alan Turing') await expect(list.candidateLink(name)).toBeVisible();
  }
  await expect(form.email).toHaveAccessibleDescription('Another candidate already has this email address');
  await expect(form.email).toBeFocused();
  await form.fill({ email: 'joan@example.com' });
  await expect(form.email).not.toHaveAttribute('aria-invalid', 'true');

  // Two refusals at once: focus goes to the first, and fixing one field does not pull focus to the other.
  await form.fill({ email: 'not-an-email', links: 'https://example.com/joan\nftp://old.example.com' });
  await form.save();
  await expect(form.email).toBeFocused();
  await expect(form.links).toHaveAccessibleDescription(
    /“ftp:\/\/old\.example\.com”: Must be a web address starting with http:\/\/ or https:\/\//,
  );
  await form.email.fill('joan@example.com');
  await expect(form.email).toBeFocused();
  await form.fill({ links: 'https://example.com/joan' });
  await form.save();
  await expect(list.count).toHaveText('2 candidates');

  await list.open('Alan Turing');
  await detail.moveToTrash();
  await expect(list.count).toHaveText('1 candidate');

  await list.trashLink.click();
  await trash.deleteButton('Alan Turing').click();
  await expect(trash.dialog.getByRole('heading', { name: 'Delete Alan Turing forever?' })).toBeVisible();
  await expect(trash.dialog).toContainText('cannot be undone');
  await trash.cancelDialogButton.click();
  await expect(trash.row('Alan Turing')).toBeVisible();

  await trash.deleteForever('Alan Turing');
  await expect(list.status).toHaveText('Alan Turing was deleted forever.');
  await expect(trash.emptyMessage).toBeVisible();
});

test('without the token the web host answers 401, for the page and for the API', async ({
  browser,
  webHost,
}) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(webHost.origin);
    expect(response?.status()).toBe(401);
    const api = await context.request.post(`${webHost.origin}/api/candidates.list`, { data: {} });
    expect(api.status()).toBe(401);
  } finally {
    await context.close();
  }
});
