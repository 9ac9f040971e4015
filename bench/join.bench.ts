// `npm run bench:join`: the candidate's join page on a slow phone link (Chromium's network emulation: 400 kbit/s,
// 300 ms, Pixel 7), cold, from the signalling server that serves it (compressed, first words in the HTML) against
// the same build served as it was before issue 14 (uncompressed, empty root). Alternating loads, one run.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { ensureBuilt } from '../scripts/ensureBuilt.ts';
import { ensureInstalled } from '../scripts/ensureInstalled.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { measureSlowJoinLoad, type SlowJoinLoad } from './join/measureSlowJoinLoad.ts';
import { startPlainJoinServer } from './join/startPlainJoinServer.ts';

const root = path.resolve(import.meta.dirname, '..');
const loads = Math.max(3, Number(process.env.BENCH_JOIN_LOADS ?? 5));
const log = (message: string) => console.error(`[bench:join] ${message}`);

ensureInstalled(root);
if (!process.argv.includes('--no-build')) ensureBuilt(root);
const { createSignalingServer } = await import('../src/server/createSignalingServer.ts');

const signalKey = 'bench-key';
const signaling = createSignalingServer({ apiKey: signalKey, host: '127.0.0.1', port: 0 });
const signalingUrl = await signaling.listen();
const plain = await startPlainJoinServer(path.join(root, 'out', 'join'), signalingUrl);
const launchOptions = playwrightConfig.use?.launchOptions ?? {};
const browser = await chromium.launch({ ...launchOptions, headless: true });

const median = (samples: readonly number[]) => percentile(samples, 0.5);

try {
  const response = await fetch(`${signalingUrl}/api/rooms`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${signalKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ hostName: 'Bench Recruiter' }),
  });
  const { joinUrl } = (await response.json()) as { joinUrl: string };
  const plainUrl = joinUrl.replace(signalingUrl, plain.url);
  const samples: { ours: SlowJoinLoad[]; baseline: SlowJoinLoad[] } = { ours: [], baseline: [] };
  for (let index = 0; index < loads; index += 1) {
    samples.baseline.push(await measureSlowJoinLoad(browser, plainUrl));
    samples.ours.push(await measureSlowJoinLoad(browser, joinUrl));
    log(`load ${index + 1}/${loads}: heading ${samples.ours.at(-1)!.heading.toFixed(0)} ms`);
  }
  const figure = (pick: (load: SlowJoinLoad) => number) => ({
    ours: median(samples.ours.map(pick)),
    baseline: median(samples.baseline.map(pick)),
  });
  const heading = figure((load) => load.heading);
  const paint = figure((load) => load.firstContentfulPaint);
  const join = figure((load) => load.joinButton);
  const bytes = figure((load) => load.transferredKilobytes);
  const row = (figureName: string, value: number, base: number, unit: string, target: string, met: boolean) =>
    ({
      figure: figureName,
      value,
      unit,
      baseline: base,
      ratio: base ? value / base : null,
      target,
      met,
    }) satisfies BenchRow;
  const rows: BenchRow[] = [
    row(
      'join heading in the page and visible, median',
      heading.ours,
      heading.baseline,
      'ms',
      '< 3000 ms',
      heading.ours < 3000,
    ),
    row('first contentful paint, median', paint.ours, paint.baseline, 'ms', '< 3000 ms', paint.ours < 3000),
    row(
      'Join button visible, median',
      join.ours,
      join.baseline,
      'ms',
      '< baseline',
      join.ours < join.baseline,
    ),
    row(
      'scripts and styles on the wire',
      bytes.ours,
      bytes.baseline,
      'KiB',
      '≤ 40 % of baseline',
      bytes.ours <= 0.4 * bytes.baseline,
    ),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${browser.version()}`,
  );
  console.log(
    `Data: one room; ${loads} cold loads each, alternating, Pixel 7 in fresh contexts, 400 kbit/s each way and 300 ms latency (CDP).`,
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'join.json'), `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await browser.close();
  await plain.close();
  await signaling.close();
}
