import { callApi } from '../fixtures/callHelpers.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { expect, test } from '../fixtures/test.ts';

test('a done interview leads with Export, and "Start call" steps back', async ({ page, webHost }) => {
  const seeded = await seedLiveInterview(webHost.url, 2);
  await callApi(webHost.url, 'interviews.start', { id: seeded.interviewId });
  await callApi(webHost.url, 'interviews.end', { id: seeded.interviewId });
  await page.goto(webHost.url);
  await page.goto(`${webHost.origin}/#/interviews/${seeded.interviewId}`);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toHaveClass(/button-primary/);
  await expect(page.getByRole('button', { name: 'Start call' })).not.toHaveClass(/button-primary/);
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
  await exportButton.click();
  await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
  await expect(exportButton).toBeFocused();
  await exportButton.press('Enter');
  await page.getByRole('button', { name: 'Print / PDF' }).click();
  await expect(page).toHaveURL(/\/print$/);
});
