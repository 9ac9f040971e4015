import { callApi } from '../fixtures/callHelpers.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { measurePdf } from '../fixtures/measurePdf.ts';
import { openSeededInterview } from '../fixtures/openSeededInterview.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { expect, test } from '../fixtures/test.ts';

type KitAttributes = {
  kit: { definition: { attributeCategories: Array<{ attributes: Array<{ id: string }> }> } };
};

for (const format of ['A4', 'Letter'] as const) {
  test(`a short interview prints as one ${format} page whose text spans the page width`, async ({
    page,
    webHost,
  }) => {
    const seeded = await seedLiveInterview(webHost.url, 6);
    // One long paragraph: wrapped, its lines run from margin to margin of whatever width the page gives it.
    const long =
      'Walked through the migration of a payments service from a monolith to three services, with the trade-offs ' +
      'of each step, how the team kept both paths running for a month, and what they would do differently now. ';
    await callApi(webHost.url, 'notes.save', {
      id: seeded.noteId,
      document: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: long.repeat(3) }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'The last line written before the call.' }] },
        ],
      },
    });
    // A rating with its note, so the page measured has the ratings table's Note column.
    const interview = await callApi<KitAttributes>(webHost.url, 'interviews.get', { id: seeded.interviewId });
    const [first] = interview.kit.definition.attributeCategories[0]!.attributes;
    await callApi(webHost.url, 'scorecards.save', {
      interviewId: seeded.interviewId,
      ratings: { [first!.id]: 'yes' },
      ratingNotes: { [first!.id]: 'Split the problem before coding.' },
    });
    await page.goto(webHost.url);
    await page.goto(`${webHost.origin}/#/interviews/${seeded.interviewId}/print`);
    await expect(page.getByRole('heading', { name: /Technical screen/, level: 1 })).toBeVisible();
    await expect(page.getByText('The last line written before the call.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Split the problem before coding.' })).toBeVisible();

    // Chromium's own PDF, edge to edge and with the 1 cm margins a printer or Electron's printToPDF leaves.
    for (const margin of ['0', '1cm']) {
      const pdf = await page.pdf({
        format,
        printBackground: true,
        margin: { top: margin, right: margin, bottom: margin, left: margin },
      });
      const measured = await measurePdf(new Uint8Array(pdf));
      expect(measured.text).toContain('The last line written before the call.');
      expect(measured.text).toContain('Split the problem before coding.');
      expect(measured.text, 'no sidebar on paper').not.toContain('Interview kits');
      expect(measured.pages, `one page (margins ${margin})`).toBe(1);
      expect(
        measured.textWidthShare,
        `text spans ≥ 80% of the page width (margins ${margin})`,
      ).toBeGreaterThanOrEqual(0.8);
    }
  });
}

test('a rating note typed on the scorecard shows in the revisions browser and beside its rating on the print page', async ({
  browser,
  webHost,
}) => {
  const { context, page, interview } = await openSeededInterview(browser, webHost);
  await interview.rate('Communication', 'Strong yes');
  await interview.scorecard
    .getByRole('textbox', { name: 'Note on Communication' })
    .fill('Explained the cache in plain words.\nChecked we followed.');
  await interview.rate('Problem solving', 'Yes');
  await interview.rate('Overall recommendation', 'Yes');
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  await interview.waitUntilSaved();

  // The submitted revision keeps the note, in the revisions browser too.
  await interview.moreActionsButton.click();
  await interview.revisionsButton.click();
  const revisions = page
    .getByRole('dialog', { name: 'Revisions' })
    .getByRole('region', { name: 'Scorecard' });
  await revisions.getByRole('button', { name: 'Show' }).click();
  await expect(
    revisions.getByRole('definition').filter({ hasText: 'Explained the cache in plain words.' }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the revisions browser showing a scorecard revision');
  await page.keyboard.press('Escape');

  await interview.moreActionsButton.click();
  await interview.printButton.click();
  await expect(page).toHaveURL(/\/print$/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Note' })).toBeVisible();
  const row = table.getByRole('row', { name: /Communication/ });
  await expect(row.getByRole('cell', { name: 'Strong yes' })).toBeVisible();
  await expect(
    row.getByRole('cell', { name: /Explained the cache in plain words\.\s+Checked we followed\./ }),
  ).toBeVisible();
  // An attribute without a note has an empty Note cell, not a placeholder.
  await expect(
    table
      .getByRole('row', { name: /Problem solving/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('');
  await expectNoSeriousAxeViolations(page, 'the print page with a rating note');
  await context.close();
});

test('"Save as PDF" in a browser, where no desktop shell can save one, opens the print dialog instead', async ({
  page,
  webHost,
}) => {
  const seeded = await seedLiveInterview(webHost.url, 2);
  await page.addInitScript({
    content: 'window.__printed = 0; window.print = () => { window.__printed += 1; };',
  });
  await page.goto(webHost.url);
  await page.goto(`${webHost.origin}/#/interviews/${seeded.interviewId}/print`);
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('Letter');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => page.evaluate('window.__printed')).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
