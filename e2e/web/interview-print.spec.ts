import { callApi } from '../fixtures/callHelpers.ts';
import { measurePdf } from '../fixtures/measurePdf.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { expect, test } from '../fixtures/test.ts';

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
    await page.goto(webHost.url);
    await page.goto(`${webHost.origin}/#/interviews/${seeded.interviewId}/print`);
    await expect(page.getByRole('heading', { name: /Technical screen/, level: 1 })).toBeVisible();
    await expect(page.getByText('The last line written before the call.')).toBeVisible();

    // Chromium's own PDF, edge to edge and with the 1 cm margins a printer or Electron's printToPDF leaves.
    for (const margin of ['0', '1cm']) {
      const pdf = await page.pdf({
        format,
        printBackground: true,
        margin: { top: margin, right: margin, bottom: margin, left: margin },
      });
      const measured = await measurePdf(new Uint8Array(pdf));
      expect(measured.text).toContain('The last line written before the call.');
      expect(measured.text, 'no sidebar on paper').not.toContain('Interview kits');
      expect(measured.pages, `one page (margins ${margin})`).toBe(1);
      expect(
        measured.textWidthShare,
        `text spans ≥ 80% of the page width (margins ${margin})`,
      ).toBeGreaterThanOrEqual(0.8);
    }
  });
}

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
