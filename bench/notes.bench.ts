// `npm run bench:notes`: how a 20,000-word interview note behaves against an empty one, in the same run.
// 1. Keystroke to next frame in real Chromium through the web host: the keydown's timestamp to the first
//    animation frame after the editor changed, measured inside the page (a rAF probe), over 240 keys each.
//    The same long note typed into during a live call (remote video playing, through the signalling server), against
//    typing into it with no call; and typed into during the same call recorded (MediaRecorder on, chunks written
//    by the web host) against the call unrecorded, with the CPU both used (Chromium's processes + the web host).
// 2. Autosave cost on the server: the time an autosave of the 20k-word note takes as the app sends it (the
//    changed blocks, notes.saveChanges: validation, evidence, the SQLite write), called on the backend directly
//    in Node; and, for comparison, a whole-document notes.save.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { ensureBuilt } from '../scripts/ensureBuilt.ts';
import { ensureInstalled } from '../scripts/ensureInstalled.ts';
import type { NoteDocument } from '../src/shared/notes/NoteDocument.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { CpuShare } from './measure/CpuShare.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { longNote } from './notes/longNote.ts';
import { startLiveCall } from './notes/startLiveCall.ts';

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
const { benchDatabaseKey } = await import('./search/benchDatabaseKey.ts');
const { createSignalingServer } = await import('../src/server/createSignalingServer.ts');

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

async function typeAndMeasure(page: Page, url: string | null, label: string): Promise<number[]> {
  // null: the page is already where it should be (in a call).
  if (url !== null) await page.goto(url);
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
const signalKey = 'bench-key';
const signaling = createSignalingServer({ apiKey: signalKey, host: '127.0.0.1', port: 0 });
const signalingUrl = await signaling.listen();
const host = await startWebHost({
  dataDirectory: path.join(directory, 'web'),
  rendererDirectory: path.join(root, 'out', 'renderer'),
  version: 'bench',
  signaling: { url: signalingUrl, key: signalKey },
});
const backend = openBackend({
  dataDirectory: path.join(directory, 'direct'),
  version: 'bench',
  databaseKey: benchDatabaseKey,
  automaticBackups: false,
});
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
  await call('settings.update', { recruiterName: 'Bench Recruiter' });
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
  // A second copy of the long note, for its interview's live call.
  const inCall = await call<{ id: string; noteId: string }>('interviews.create', {
    candidateId: candidate.id,
    title: 'Long, in a call',
    kitId: kit.id,
  });
  await call('notes.save', { id: inCall.noteId, document: bigDocument, sequence: 1 });
  // And a third, for the same call with recording on.
  const inRecordedCall = await call<{ id: string; noteId: string }>('interviews.create', {
    candidateId: candidate.id,
    title: 'Long, in a recorded call',
    kitId: kit.id,
  });
  await call('notes.save', { id: inRecordedCall.noteId, document: bigDocument, sequence: 1 });

  // --- Keystroke to next frame, empty editor first as the baseline, then the long note.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const chromiumVersion = browser.version();
  log('typing into an empty note…');
  const emptyKeys = await typeAndMeasure(page, `${host.url}#/interviews/${empty.id}`, 'empty note');
  log(`typing into the ${words}-word note…`);
  const bigKeys = await typeAndMeasure(page, `${host.url}#/interviews/${big.id}`, `${words}-word note`);
  await page.close();
  log(`starting a call and typing into the ${words}-word note during it…`);
  const live = await startLiveCall(browser, host.url, inCall.id);
  let callKeys: number[];
  let callCpu: CpuShare;
  try {
    const before = CpuShare.now();
    callKeys = await typeAndMeasure(live.recruiter, null, `${words}-word note during a live call`);
    callCpu = before.since();
  } finally {
    await live.end();
  }
  log(`starting a recorded call and typing into the ${words}-word note during it…`);
  const recorded = await startLiveCall(browser, host.url, inRecordedCall.id, { record: true });
  let recordedKeys: number[];
  let recordedCpu: CpuShare;
  try {
    const before = CpuShare.now();
    recordedKeys = await typeAndMeasure(
      recorded.recruiter,
      null,
      `${words}-word note during a recorded call`,
    );
    recordedCpu = before.since();
  } finally {
    await recorded.end();
  }

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
  const directBigWhole = await direct<{ noteId: string }>('interviews.create', {
    candidateId: directCandidate.id,
    title: 'Long, saved whole',
    kitId: kit.id,
  });
  const directEmptyWhole = await direct<{ noteId: string }>('interviews.create', {
    candidateId: directCandidate.id,
    title: 'Empty, saved whole',
  });
  // As the app autosaves: the editor's first save is the whole document, and each later one sends only the
  // top-level blocks changed since the last confirmed save (notes.saveChanges); here one paragraph grows by a
  // word per save. The input is parsed JSON, as the web host sees it. `whole` times whole-document saves
  // instead (the first save of an editor, the one as the window closes), for comparison.
  const measureSaves = async (noteId: string, base: NoteDocument, whole: boolean): Promise<number[]> => {
    const samples: number[] = [];
    const baseBlocks = base.content?.length ?? 0;
    const typed = (sequence: number) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `typed ${'word '.repeat(sequence)}` }],
    });
    await direct('notes.save', {
      id: noteId,
      document: { ...base, content: [...(base.content ?? []), typed(1)] },
      sequence: 1,
    });
    for (let sequence = 2; sequence <= saves + 6; sequence += 1) {
      const input = whole
        ? {
            method: 'notes.save' as const,
            body: {
              id: noteId,
              document: { ...base, content: [...(base.content ?? []), typed(sequence)] },
              sequence,
            },
          }
        : {
            method: 'notes.saveChanges' as const,
            body: {
              id: noteId,
              sequence,
              baseSequence: sequence - 1,
              change: { from: baseBlocks, removed: 1, blocks: [typed(sequence)], blockCount: baseBlocks + 1 },
            },
          };
      const parsed = JSON.parse(JSON.stringify(input.body)) as unknown;
      const started = performance.now();
      const result = await direct<{ applied: boolean }>(input.method, parsed);
      if (!result.applied) throw new Error(`${input.method} was not applied`);
      if (sequence > 6) samples.push(performance.now() - started);
      // Autosave waits for a 400 ms pause in typing; a short gap lets the backend's between-request work
      // (the timed WAL checkpoint, folding changes in with the search index) run where it runs in real use.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return samples;
  };
  log('saving the long note…');
  const bigSaves = await measureSaves(directBig.noteId, bigDocument, false);
  log('saving the empty note…');
  const emptySaves = await measureSaves(directEmpty.noteId, emptyDocument, false);
  log('saving the long note whole…');
  const bigWholeSaves = await measureSaves(directBigWhole.noteId, bigDocument, true);
  const emptyWholeSaves = await measureSaves(directEmptyWhole.noteId, emptyDocument, true);

  const keyP95 = percentile(bigKeys, 0.95);
  const emptyKeyP95 = percentile(emptyKeys, 0.95);
  const callKeyP95 = percentile(callKeys, 0.95);
  const recordedKeyP95 = percentile(recordedKeys, 0.95);
  // The recorder's cost: what the recorded call used beyond the same call unrecorded (MediaRecorder and the
  // audio mix in the recruiter's renderer, chunk encryption and writes in the web host).
  const recorderShare = recordedCpu.coreShare - callCpu.coreShare;
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
      keyP95,
      emptyKeyP95,
      'ms',
      '≤ 1.3× empty, < 16 ms',
      keyP95 <= 1.3 * emptyKeyP95 && keyP95 < 16,
    ),
    // The baseline here is the same long note typed into with no call, in this run.
    row(
      'keystroke → next frame during a live call, p50 (vs no call)',
      percentile(callKeys, 0.5),
      percentile(bigKeys, 0.5),
      'ms',
      'informational',
      true,
    ),
    row(
      'keystroke → next frame during a live call, p95 (vs no call)',
      callKeyP95,
      keyP95,
      'ms',
      '≤ 1.3× no call, < 16 ms',
      callKeyP95 <= 1.3 * keyP95 && callKeyP95 < 16,
    ),
    // The baseline here is the same live call with recording off, in this run.
    row(
      'keystroke → next frame with recording on, p95 (vs recording off)',
      recordedKeyP95,
      callKeyP95,
      'ms',
      '≤ 1.3× recording off',
      recordedKeyP95 <= 1.3 * callKeyP95,
    ),
    row(
      'CPU during a recorded call, % of one core (vs unrecorded call)',
      recordedCpu.coreShare,
      callCpu.coreShare,
      '%',
      'informational',
      true,
    ),
    row(
      "recorder's CPU share (recorded − unrecorded), % of one core",
      recorderShare,
      null,
      '%',
      'informational',
      true,
    ),
    row(
      'autosave on the server per save, p50',
      percentile(bigSaves, 0.5),
      percentile(emptySaves, 0.5),
      'ms',
      '≤ 2× empty',
      percentile(bigSaves, 0.5) <= 2 * percentile(emptySaves, 0.5),
    ),
    row(
      'autosave on the server per save, p95',
      percentile(bigSaves, 0.95),
      percentile(emptySaves, 0.95),
      'ms',
      '≤ 2× empty',
      percentile(bigSaves, 0.95) <= 2 * percentile(emptySaves, 0.95),
    ),
    row(
      'whole-document save (first save, window closing), p50',
      percentile(bigWholeSaves, 0.5),
      percentile(emptyWholeSaves, 0.5),
      'ms',
      'informational',
      true,
    ),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${chromiumVersion}`,
  );
  console.log(
    `Data: a ${words.toLocaleString('en')}-word note (${(bigJson.length / 1024).toFixed(0)} KiB of JSON) against an empty note; ` +
      `${bigKeys.length} and ${emptyKeys.length} keystrokes measured (${callKeys.length} during the call, ` +
      `${recordedKeys.length} during the recorded call), ` +
      `${bigSaves.length} saves each.`,
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'notes.json'), `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await browser.close();
  await host.close();
  await signaling.close();
  backend.close();
  rmSync(directory, { recursive: true, force: true });
}
