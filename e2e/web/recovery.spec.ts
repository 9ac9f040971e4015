import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corruptTablePage } from '../../src/main/testing/corruptTablePage.ts';
import { callApi } from '../fixtures/callApi.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CandidateDetailPage } from '../pages/CandidateDetailPage.ts';
import { RecoveryPage } from '../pages/RecoveryPage.ts';

/** 300 candidates and a backup of them, then a web host whose check at start passed; returns the first one's id. */
async function hostAboutToMeetDamage(
  dataDirectory: string,
): Promise<{ host: WebHostProcess; firstId: string }> {
  const seeding = await startWebHostProcess(dataDirectory);
  const rows = Array.from(
    { length: 300 },
    (_, index) => `Person ${String(index).padStart(3, '0')},p${index}@example.com`,
  );
  await callApi(seeding, 'candidates.import', {
    csv: ['Name,Email', ...rows].join('\n'),
    mapping: { Name: 'name', Email: 'email' },
    mode: 'all-or-nothing',
    dryRun: false,
  });
  const { items } = await callApi(seeding, 'candidates.list', { sort: 'name', limit: 1 });
  await seeding.stop();
  const host = await startWebHostProcess(dataDirectory);
  // The disk fails under the running app: every page of candidates is now garbage.
  const key = Buffer.from(readFileSync(`${dataDirectory}.key`, 'utf8').trim(), 'hex');
  corruptTablePage(path.join(dataDirectory, 'rapport.sqlite3'), key, 'candidates', 'all');
  return { host, firstId: items[0]!.id };
}

test('damage met while working brings up the recovery screen, and "Restore the newest backup" brings the data back', async ({
  page,
  context,
  dataDirectory,
}) => {
  const { host, firstId } = await hostAboutToMeetDamage(dataDirectory);
  try {
    const recovery = new RecoveryPage(page);
    await page.goto(`${host.url}#/candidates/${firstId}`);
    await expect(recovery.heading).toBeVisible();
    await expect(recovery.heading).toBeFocused();
    await expect(recovery.message).toContainText(`${path.join(dataDirectory, 'rapport.sqlite3')} is damaged`);
    await expect(recovery.message).toContainText(
      `The newest backup is ${path.join(dataDirectory, 'backups')}`,
    );
    await expect(recovery.restoreNewestButton).toBeVisible();
    await expect(recovery.quitButton).toBeVisible();

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await recovery.copyErrorButton.click();
    await expect(page.getByRole('status')).toHaveText('The error was copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('is damaged');

    // Writing has stopped: the API refuses a new candidate with the same message.
    await expect(callApi(host, 'candidates.create', { name: 'Written into damage' })).rejects.toThrow(
      /is damaged/,
    );

    await recovery.restoreNewestButton.click();
    const detail = new CandidateDetailPage(page);
    await expect(detail.heading('Person 000')).toBeVisible();
    await expect(recovery.heading).toHaveCount(0);
    await callApi(host, 'candidates.create', { name: 'Written after the restore' });
  } finally {
    if (host.process.exitCode === null) await host.stop();
  }
});

test('"Quit" on the recovery screen stops the web host with exit code 3', async ({ page, dataDirectory }) => {
  const { host, firstId } = await hostAboutToMeetDamage(dataDirectory);
  try {
    const recovery = new RecoveryPage(page);
    await page.goto(`${host.url}#/candidates/${firstId}`);
    await recovery.quitButton.click();
    await expect(page.getByRole('status')).toHaveText('Rapport is closing.');
    await expect.poll(() => host.process.exitCode, { timeout: 15_000 }).toBe(3);
  } finally {
    if (host.process.exitCode === null) await host.kill();
  }
});
