import { callApi } from '../fixtures/callApi.ts';
import { openDataDirectoryDatabase } from '../fixtures/openDataDirectoryDatabase.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';

const kills = 20;

/** A small seeded generator, so a failing run can be replayed with the seed it prints. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function commonPrefixLength(first: string, second: string): number {
  let index = 0;
  while (index < first.length && index < second.length && first[index] === second[index]) index += 1;
  return index;
}

test('no character shown as "Saved" is lost when the web host is killed mid-typing, 20 times over', async ({
  page,
  dataDirectory,
}) => {
  // Twenty restarts of a real web host: generous, because a loaded 2-core machine doubles each restart.
  test.setTimeout(300_000);
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  const next = random(seed);
  let host: WebHostProcess = await startWebHostProcess(dataDirectory);
  const candidate = await callApi(host, 'candidates.create', { name: 'Crash Test' });
  const interview = await callApi(host, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Typing under fire',
  });
  const notes = new InterviewPage(page);
  let savedText = '';
  let maxLost = 0;
  let typed = 0;

  try {
    for (let round = 1; round <= kills; round += 1) {
      await page.goto(`${host.url}#/interviews/${interview.id}`);
      await expect(notes.editor).toBeVisible();
      const loaded = (await notes.editor.textContent()) ?? '';
      const lost = savedText.length - commonPrefixLength(savedText, loaded);
      maxLost = Math.max(maxLost, lost);
      expect(lost, `round ${round}: lost after "Saved" (seed ${seed})`).toBe(0);

      // Every time the status turns to "Saved", remember the notes at that moment, inside the page.
      await page.evaluate(() => {
        const state = window as unknown as { lastSavedText: string };
        const editor = document.querySelector('.ProseMirror')!;
        const status = document.querySelector('p.save-status')!;
        const record = () => {
          if (status.textContent === 'Saved') state.lastSavedText = editor.textContent ?? '';
        };
        record();
        new MutationObserver(record).observe(status, { childList: true, characterData: true, subtree: true });
      });

      await notes.editor.click();
      await page.keyboard.press('ControlOrMeta+End');
      for (let chunk = 0; chunk < 2; chunk += 1) {
        const text = `r${round}c${chunk} typing `;
        await page.keyboard.type(text, { delay: 4 });
        typed += text.length;
        await notes.waitUntilSaved();
      }

      // Kill -9 at a random moment: while keys arrive, during the pause before a save, while a save is in
      // flight, or just after it was shown as "Saved".
      const burst = `r${round}-burst ${'crash '.repeat(4)}`;
      const typing = page.keyboard.type(burst, { delay: 8 });
      await page.waitForTimeout(Math.floor(next() * 1200));
      await host.kill();
      await typing;
      // One more key, so there is always something the dead host cannot save.
      await page.keyboard.type('!');
      typed += burst.length + 1;
      savedText = await page.evaluate(() => (window as unknown as { lastSavedText: string }).lastSavedText);
      await notes.saveStatus.filter({ hasText: /^Not saved — retrying$/ }).waitFor();

      // Read-write, as the sqlite3 tool opened it: a killed host's WAL may need recovering first.
      const database = openDataDirectoryDatabase(dataDirectory, { readonly: false });
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
      database.close();
      host = await startWebHostProcess(dataDirectory);
    }
    await page.goto(`${host.url}#/interviews/${interview.id}`);
    await expect(notes.editor).toBeVisible();
    const final = (await notes.editor.textContent()) ?? '';
    const lost = savedText.length - commonPrefixLength(savedText, final);
    maxLost = Math.max(maxLost, lost);
    console.log(
      `notes crash loop: ${kills} kills, ${typed} characters typed, ${final.length} kept, ` +
        `most characters lost after "Saved": ${maxLost} (seed ${seed})`,
    );
    expect(maxLost).toBe(0);
  } finally {
    if (host.process.exitCode === null) await host.stop();
  }
});
