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

for (const { width, height, followUpInRow } of [
  { width: 1280, height: 720, followUpInRow: false },
  { width: 1440, height: 900, followUpInRow: true },
]) {
  test(`at ${width}×${height}, outside a call, the notes toolbar keeps one row and nothing in it is cut off`, async ({
    page,
    webHost,
  }) => {
    await page.setViewportSize({ width, height });
    const seeded = await seedLiveInterview(webHost.url, 4);
    await page.goto(webHost.url);
    await page.goto(`${webHost.origin}/#/interviews/${seeded.interviewId}`);
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const bold = toolbar.getByRole('button', { name: 'Bold', exact: true });
    await expect(bold).toBeVisible();
    const buttonHeight = (await bold.boundingBox())!.height;
    expect((await toolbar.boundingBox())!.height, 'one row of buttons').toBeLessThan(buttonHeight * 2);
    const toolbarRight = await toolbar.evaluate((element) => element.getBoundingClientRect().right);
    for (const button of await toolbar.getByRole('button').all()) {
      if (!(await button.isVisible())) continue;
      const right = await button.evaluate((element) => element.getBoundingClientRect().right);
      expect(right, `${await button.textContent()} inside the toolbar`).toBeLessThanOrEqual(toolbarRight);
    }
    // The formatting buttons stay in the row at both sizes; only the text button steps aside.
    for (const name of ['Heading', 'Task list', 'Quote']) {
      await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
    }
    const inRow = toolbar.getByRole('button', { name: 'Follow up on this' });
    await page.getByText('The last line written before the call.').selectText();
    if (followUpInRow) {
      await expect(toolbar.getByRole('button', { name: 'More formatting' })).toBeHidden();
      await inRow.click();
    } else {
      // Where the row has no room, it waits under "More formatting", under the same name.
      await expect(inRow).toBeHidden();
      await toolbar.getByRole('button', { name: 'More formatting' }).click();
      // The menu offers only what the row hides, and the arrow keys reach it.
      const menu = page.getByRole('menu', { name: 'More formatting' });
      await expect(menu.getByRole('menuitem')).toHaveText(['Follow up on this']);
      await expect(menu.getByRole('menuitemcheckbox')).toHaveCount(0);
      await expect(menu.getByRole('menuitem', { name: 'Follow up on this' })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('menuitem', { name: 'Follow up on this' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    const followUp = page.getByRole('dialog', { name: 'Follow up with Cara Candidate' });
    await expect(followUp).toContainText('The last line written before the call.');
  });
}
