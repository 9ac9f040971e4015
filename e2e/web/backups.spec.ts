import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { callApi } from '../fixtures/callApi.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { expect, test } from '../fixtures/test.ts';
import { BackupsPage } from '../pages/BackupsPage.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';

// axe is injected into the page; the app's CSP rightly refuses its script otherwise.
test.use({ bypassCSP: true });

test('Back up now, change the data, restore the backup: the earlier data is back, and what it replaced is kept', async ({
  page,
  webHost,
  dataDirectory,
}) => {
  const list = new CandidatesPage(page);
  const backups = new BackupsPage(page);
  const ada = await callApi(webHost, 'candidates.create', { name: 'Ada Lovelace', role: 'Analyst' });

  await list.goto(webHost.url);
  await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
  await backups.settingsLink.click();
  await backups.backupsLink.click();
  await expect(backups.heading).toBeVisible();
  await expect(backups.encryption).toContainText(`The key is in ${dataDirectory}.key`);
  await expect(page.getByText(`${dataDirectory}/backups`)).toBeVisible();

  // From the keyboard: the button takes focus and Enter presses it.
  await backups.backUpNowButton.focus();
  await page.keyboard.press('Enter');
  await expect(list.status).toContainText('Backed up:');
  await expect(backups.rows('Backed up by you')).toHaveCount(1);

  await callApi(webHost, 'candidates.update', { id: ada.id, changes: { name: 'Ada King' } });
  await callApi(webHost, 'candidates.create', { name: 'Grace Hopper' });
  await list.candidatesLink.click();
  await expect(list.candidateLink('Grace Hopper')).toBeVisible();
  await expect(list.candidateLink('Ada King')).toBeVisible();

  await backups.settingsLink.click();
  await backups.backupsLink.click();
  const restore = backups.restoreButtonIn(backups.rows('Backed up by you'));
  await restore.click();
  await expect(backups.dialog).toBeVisible();
  await expect(backups.dialog.getByRole('heading', { name: /^Restore the backup from .+\?$/ })).toBeVisible();
  // The safe choice has focus first; Escape leaves everything as it was.
  await expect(backups.cancelDialogButton).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(backups.dialog).toBeHidden();
  await restore.click();
  await backups.confirmRestoreButton.click();
  await expect(list.status).toContainText('was restored. What was there before is kept as a backup.');
  await expect(backups.rows('Before a restore')).toHaveCount(1);

  await list.candidatesLink.click();
  await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
  await expect(list.count).toHaveText('1 candidate');
  await expect(list.candidateLink('Grace Hopper')).toHaveCount(0);

  // The state the restore replaced is one restore away.
  await backups.settingsLink.click();
  await backups.backupsLink.click();
  await backups.restoreButtonIn(backups.rows('Before a restore')).click();
  await backups.confirmRestoreButton.click();
  await expect(list.status).toContainText('was restored');
  await list.candidatesLink.click();
  await expect(list.candidateLink('Grace Hopper')).toBeVisible();
  await expect(list.candidateLink('Ada King')).toBeVisible();
});

test('Export everything downloads one zip named for the day', async ({ page, webHost }) => {
  const backups = new BackupsPage(page);
  await callApi(webHost, 'candidates.create', { name: 'Zoë Kraków', email: 'zoe@example.com' });
  await page.goto(`${webHost.url}#/settings/backups`);
  const download = page.waitForEvent('download');
  await backups.exportButton.click();
  expect((await download).suggestedFilename()).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.zip$/);
});

test('Export everything with "Include recordings" downloads a zip with the tables and the recording as WebM', async ({
  page,
  webHost,
  dataDirectory,
}) => {
  const backups = new BackupsPage(page);
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Zoë Kraków' });
  const { id: interviewId } = await callApi(webHost, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Screen',
  });
  // Seeded as the call page records: start, one chunk (a WebM head and a frame), finish.
  const frame = Buffer.from('candidate-video-frame');
  await callApi(webHost, 'recordings.start', { interviewId, callOffsetMs: 0 });
  await callApi(webHost, 'recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 1000,
    data: Buffer.concat([
      Buffer.from('1a45dfa384428281771853806701ffffffffffffff', 'hex'),
      Buffer.from('1549a966872ad7b1830f42401f43b67501ffffffffffffff', 'hex'),
      frame,
    ]).toString('base64'),
  });
  await callApi(webHost, 'recordings.finish', {
    interviewId,
    durationMs: 1000,
    speech: { recruiter: [], candidate: [] },
  });

  await page.goto(`${webHost.url}#/settings/backups`);
  const include = page.getByRole('checkbox', { name: 'Include recordings' });
  await expect(include).not.toBeChecked();
  await expect(include).toHaveAccessibleDescription(
    /^1 recording, \d+ bytes, as a plain WebM video\. .*not\.$/,
  );
  await include.check();
  await expectNoSeriousAxeViolations(page, 'Settings → Backups with "Include recordings" checked');
  const download = page.waitForEvent('download');
  await backups.exportButton.click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByRole('status')).toContainText(`${saved.suggestedFilename()} is ready.`);
  const files = unzipSync(await readFile((await saved.path())!));
  const names = Object.keys(files);
  expect(names.filter((name) => /\/tables\/[a-z_]+\.json$/.test(name)).length).toBeGreaterThan(5);
  const webm = names.filter((name) => name.endsWith('.webm'));
  expect(webm).toEqual([expect.stringMatching(new RegExp(`/recordings/zoe-krakow-${interviewId}\\.webm$`))]);
  expect(Buffer.from(files[webm[0]!]!).subarray(-frame.length)).toEqual(frame);
  // Served once: the plain copy on disk is gone.
  await expect.poll(async () => (await readdir(path.join(dataDirectory, 'exports'))).length).toBe(0);
});
