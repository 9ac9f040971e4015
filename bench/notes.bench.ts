// `npm run bench:notes`: how a 20,000-word interview note behaves against an empty one, in the same run.
// 1. Keystroke to next frame in real Chromium through the web host: the keydown's timestamp to the first
//    animation frame after the editor changed, measured inside the page (a rAF probe), over 240 keys each.
// 2. Autosave cost on the server: the time `notes.save` takes for the whole 20k-word document (validation,
//    plain text, evidence, SQLite write and search index), called on the backend directly in Node.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { ensureBuilt } from '../scripts/ensureBuilt.ts';
import { ensureInstalled } from '../scripts/ensureInstalled.ts';
import type { NoteDocument, NoteNode } from '../src/shared/notes/NoteDocument.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';

const root = path.resolve(import.meta.dirname, '..');
const keys = Math.max(200, Number(process.env.BENCH_NOTES_KEYS ?? 240));
const saves = Math.max(50, Number(process.env.BENCH_NOTES_SAVES ?? 120));
const targetWords = 20_000;
const log = (message: string) => console.error(`[bench:notes] ${message}`);

ensureInstalled(root);
// `--no-build` measures whatever is already in out/ (e.g. while someone else's half-done change breaks the build).
if (!process.argv.includes('--no-build')) ensureBuilt(root);
// Imported after the build check, like scripts/web.ts.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');
const { openBackend } = await import('../src/main/backend/openBackend.ts');

const vocabulary = (
  'the candidate explained how they designed the billing ledger with idempotent writes and a clear audit trail ' +
  'they asked good questions about our deployment pipeline and described an incident where a cache stampede ' +
  'took down checkout for twenty minutes then walked through the fix the postmortem and the load tests after'
).split(' ');

/** A realistic long interview note: kit questions with paragraphs, bullet lists, bold and tagged evidence. */
function longNote(words: number): { document: NoteDocument; words: number } {
  let used = 0;
  let cursor = 0;
  const sentence = (length: number) => {
    const picked: string[] = [];
    for (let index = 0; index < length; index += 1)
      picked.push(vocabulary[(cursor += 7) % vocabulary.length]!);
    used += length;
    return `${picked.join(' ')}.`;
  };
  const content: NoteNode[] = [];
  let question = 0;
  while (used < words) {
    question += 1;
    if (question % 5 === 1) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Section ${question}` }],
      });
    }
    const blocks: NoteNode[] = [];
    for (let paragraph = 0; paragraph < 4 && used < words; paragraph += 1) {
      blocks.push({
        type: 'paragraph',
        content: [
          { type: 'timestamp', attrs: { seconds: question * 60 + paragraph * 7, at: null, label: '12:34' } },
          { type: 'text', text: ` ${sentence(30)} ` },
          { type: 'text', text: sentence(8), marks: [{ type: 'bold' }] },
          { type: 'text', text: ` ${sentence(12)} ` },
          // About one tagged passage per kit question, as a recruiter would tag.
          paragraph === 0
            ? {
                type: 'text',
                text: sentence(10),
                marks: [{ type: 'evidence', attrs: { attributeId: 'tech-system-design' } }],
              }
            : { type: 'text', text: sentence(10) },
        ],
      });
    }
    blocks.push({
      type: 'bulletList',
      content: [0, 1, 2].map(() => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(6) }] }],
      })),
    });
    content.push({
      type: 'kitQuestion',
      attrs: { questionId: `q-${question}`, text: `Question ${question}: ${sentence(9)}`, guidance: '' },
      content: blocks,
    });
  }
  content.push({ type: 'paragraph' });
  return { document: { type: 'doc', content }, words: used };
}

/** Installs the probe: for every keydown, the time from its timestamp to the first animation frame after it. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { keyLatencies: number[] };
    state.keyLatencies = [];
    const editor = document.querySelector('.ProseMirror')!;
    // A mutation flag, not a text comparison: reading a 20,000-word note's text would itself cost milliseconds.
    let changed = false;
    new MutationObserver(() => (changed = true)).observe(editor, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    editor.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        changed = false;
        // Key events run their handlers and the DOM update in one task; the next frame shows the result.
        requestAnimationFrame(() => {
          if (changed) state.keyLatencies.push(performance.now() - started);
        });
      },
      { capture: true },
    );
  });
}

async function typeAndMeasure(page: Page, url: string, label: string): Promise<number[]> {
  await page.goto(url);
  const editor = page.getByRole('textbox', { name: 'Notes' });
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await installProbe(page);
  const letters = 'interviewnotes';
  for (let index = 0; index < keys; index += 1) {
    await page.keyboard.press(letters[index % letters.length]!);
    // A brisk typist: about 12 keys a second, so frames are not queued behind one another.
    await page.waitForTimeout(80);
  }
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor({ timeout: 30_000 });
  const samples = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
  log(`${label}: ${samples.length} keys measured`);
  return samples;
}

function row(
  figure: string,
  value: number,
  baseline: number | null,
  unit: string,
  target: string,
  met: boolean,
): BenchRow {
  return { figure, value, unit, baseline, ratio: baseline ? value / baseline : null, target, met };
}

const directory = mkdtempSync(path.join(tmpdir(), 'rapport-bench-notes-'));
const host = await startWebHost({
  dataDirectory: path.join(directory, 'web'),
  rendererDirectory: path.join(root, 'out', 'renderer'),
  version: 'bench',
});
const backend = openBackend({ dataDirectory: path.join(directory, 'direct'), version: 'bench' });
const launchOptions = playwrightConfig.use?.launchOptions ?? {};
const browser = await chromium.launch({ ...launchOptions, headless: true });

try {
  const { document: bigDocument, words } = longNote(targetWords);
  const bigJson = JSON.stringify(bigDocument);
  const emptyDocument: NoteDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

  // --- The web host: one interview holding the long note, one empty.
  const token = new URL(host.url).searchParams.get('token')!;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
    return result.value;
  };
  const candidate = await call<{ id: string }>('candidates.create', { name: 'Bench Candidate' });
  const kit = (await call<{ items: Array<{ id: string; name: string }> }>('kits.list', {})).items.find(
    (item) => item.name === 'Technical interview',
  )!;
  const big = await call<{ id: string; noteId: string }>('interviews.create', {
    candidateId: candidate.id,
    title: 'Long',
    kitId: kit.id,
  });
  await call('notes.save', { id: big.noteId, document: bigDocument, sequence: 1 });
  const empty = await call<{ id: string }>('interviews.create', {
    candidateId: candidate.id,
    title: 'Empty',
    kitId: null,
  });

  // --- Keystroke to next frame, empty editor first as the baseline, then the long note.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const chromiumVersion = browser.version();
  log('typing into an empty note…');
  const emptyKeys = await typeAndMeasure(page, `${host.url}#/interviews/${empty.id}`, 'empty note');
  log(`typing into the ${words}-word note…`);
  const bigKeys = await typeAndMeasure(page, `${host.url}#/interviews/${big.id}`, `${words}-word note`);
  await page.close();

  // --- Autosave cost on the server, directly against the backend.
  const direct = async <T>(method: Parameters<typeof backend.router.call>[0], input: unknown): Promise<T> => {
    const result = await backend.router.call(method, input);
    if (!result.ok) throw new Error(`${String(method)}: ${result.error.message}`);
    return result.value as T;
  };
  const directCandidate = await direct<{ id: string }>('candidates.create', { name: 'Direct' });
  const directBig = await direct<{ noteId: string }>('interviews.create', {
    candidateId: directCandidate.id,
    title: 'Long',
    kitId: kit.id,
  });
  const directEmpty = await direct<{ noteId: string }>('interviews.create', {
    candidateId: directCandidate.id,
    title: 'Empty',
  });
  const measureSaves = async (noteId: string, base: NoteDocument): Promise<number[]> => {
    const samples: number[] = [];
    for (let sequence = 1; sequence <= saves + 5; sequence += 1) {
      // Each save carries one more typed word, as autosave would. The input is parsed JSON, as the web host sees it.
      const document = JSON.parse(JSON.stringify(base)) as NoteDocument;
      document.content!.push({
        type: 'paragraph',
        content: [{ type: 'text', text: `typed ${'word '.repeat(sequence)}` }],
      });
      const started = performance.now();
      await direct('notes.save', { id: noteId, document, sequence });
      if (sequence > 5) samples.push(performance.now() - started);
      // Autosave waits for a 400 ms pause in typing; a short gap lets the backend's between-request work
      // (the timed WAL checkpoint) run where it runs in real use, instead of never.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return samples;
  };
  log('saving the long note…');
  const bigSaves = await measureSaves(directBig.noteId, bigDocument);
  log('saving the empty note…');
  const emptySaves = await measureSaves(directEmpty.noteId, emptyDocument);

  const rows: BenchRow[] = [
    row(
      'keystroke → next frame, p50',
      percentile(bigKeys, 0.5),
      percentile(emptyKeys, 0.5),
      'ms',
      'informational',
      true,
    ),
    row(
      'keystroke → next frame, p95',
      percentile(bigKeys, 0.95),
      percentile(emptyKeys, 0.95),
      'ms',
      '< 16 ms',
      percentile(bigKeys, 0.95) < 16,
    ),
    row(
      'autosave on the server per save, p50',
      percentile(bigSaves, 0.5),
      percentile(emptySaves, 0.5),
      'ms',
      '< 5 ms',
      percentile(bigSaves, 0.5) < 5,
    ),
    row(
      'autosave on the server per save, p95',
      percentile(bigSaves, 0.95),
      percentile(emptySaves, 0.95),
      'ms',
      '< 5 ms',
      percentile(bigSaves, 0.95) < 5,
    ),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${chromiumVersion}`,
  );
  console.log(
    `Data: a ${words.toLocaleString('en')}-word note (${(bigJson.length / 1024).toFixed(0)} KiB of JSON) against an empty note; ` +
      `${bigKeys.length} and ${emptyKeys.length} keystrokes measured, ${bigSaves.length} saves each.`,
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'notes.json'), `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await browser.close();
  await host.close();
  backend.close();
  rmSync(directory, { recursive: true, force: true });
}
