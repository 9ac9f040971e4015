import { callApi } from '../fixtures/callApi.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { startWebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';
import { SearchDialogPage } from '../pages/SearchDialogPage.ts';

test('a long note autosaves only what was typed, and the text survives a reload, a kill -9, search and closing the window', async ({
  page,
  dataDirectory,
}) => {
  test.setTimeout(120_000);
  let host = await startWebHostProcess(dataDirectory);
  try {
    // 2,000 lines: about 190 KiB of JSON, where a whole-document save per pause would be felt.
    const seeded = await seedLiveInterview(host.url, 2000);
    const saves: Array<{ method: string; bytes: number }> = [];
    page.on('request', (request) => {
      const method = /\/api\/(notes\.save\w*)$/.exec(new URL(request.url()).pathname)?.[1];
      if (method) saves.push({ method, bytes: request.postDataBuffer()?.length ?? 0 });
    });
    const interview = new InterviewPage(page);
    await page.goto(`${host.url}#/interviews/${seeded.interviewId}`);
    await expect(interview.editor).toContainText('The last line written before the call.');
    await interview.editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    for (const words of [' Quokka one.', ' Quokka two.', ' Quokka three.']) {
      await page.keyboard.type(words, { delay: 5 });
      await interview.waitUntilSaved();
    }
    // The editor's first save is the whole note; every later one is the changed paragraph alone.
    expect(saves[0]).toMatchObject({ method: 'notes.save' });
    expect(saves[0]!.bytes).toBeGreaterThan(150_000);
    const later = saves.slice(1);
    expect(later.length).toBeGreaterThanOrEqual(2);
    for (const save of later) {
      expect(save.method).toBe('notes.saveChanges');
      expect(save.bytes).toBeLessThan(2_000);
    }

    await page.reload();
    await expect(interview.editor).toContainText('Quokka one. Quokka two. Quokka three.');

    // Typed, saved as a change and killed before the change was folded into the document or indexed.
    await interview.editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    // A new editor saves whole once, then by changes.
    for (const words of [' Wallaby', ' four.']) {
      await page.keyboard.type(words, { delay: 5 });
      await interview.waitUntilSaved();
    }
    expect(saves.at(-1)?.method).toBe('notes.saveChanges');
    await host.kill();
    host = await startWebHostProcess(dataDirectory);
    const note = await callApi(host, 'notes.get', { id: seeded.noteId });
    const stored = JSON.stringify(note.document);
    expect(stored).toContain('Wallaby four.');
    expect(stored).toContain('Quokka one. Quokka two. Quokka three.');
    await page.goto(`${host.url}#/interviews/${seeded.interviewId}`);
    await expect(interview.editor).toContainText('Wallaby four.');
    const search = new SearchDialogPage(page);
    await search.open();
    await search.box.fill('wallaby');
    await expect(search.group('Cara Candidate')).toBeVisible();

    // The tab is closed right after a last edit, before its autosave was due: the edit is stored all the same.
    await page.goto(`${host.url}#/interviews/${seeded.interviewId}`);
    await interview.editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Numbat', { delay: 5 });
    await interview.waitUntilSaved();
    await page.keyboard.type(' five.', { delay: 5 });
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => JSON.stringify((await callApi(host, 'notes.get', { id: seeded.noteId })).document))
      .toContain('Numbat five.');
  } finally {
    await host.stop();
  }
});
