// `npm run bench:start`: how fast Rapport's first screen appears on a cold start, against a minimal React page.
// Both are built, served by the same web host code (static files + token) on 127.0.0.1, and opened in fresh
// Chromium contexts (nothing cached), alternating, in one run. Measured inside the page: first paint and first
// contentful paint (the paint timing API; Rapport's first paint is its styled, still empty page), and the time
// until the first screen's <h1> is in the page and visible.
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { ensureBuilt } from '../scripts/ensureBuilt.ts';
import { ensureInstalled } from '../scripts/ensureInstalled.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { buildBaselinePage } from './start/buildBaselinePage.ts';
import { measureColdLoad, type ColdLoad } from './start/measureColdLoad.ts';

const root = path.resolve(import.meta.dirname, '..');
const loads = Math.max(7, Number(process.env.BENCH_START_LOADS ?? 9));
const log = (message: string) => console.error(`[bench:start] ${message}`);

ensureInstalled(root);
// `--no-build` measures whatever is already in out/.
if (!process.argv.includes('--no-build')) ensureBuilt(root);
// Imported after the build check, like scripts/web.ts.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');

const directory = mkdtempSync(path.join(tmpdir(), 'rapport-bench-start-'));
const baselineDirectory = path.join(directory, 'baseline-page');
log('building the baseline page…');
await buildBaselinePage(baselineDirectory);

// Two web hosts, each on a fresh data directory: one serves Rapport's renderer, the other the baseline page.
const ours = await startWebHost({
  dataDirectory: path.join(directory, 'ours'),
  rendererDirectory: path.join(root, 'out', 'renderer'),
  version: 'bench',
});
const baseline = await startWebHost({
  dataDirectory: path.join(directory, 'baseline'),
  rendererDirectory: baselineDirectory,
  version: 'bench',
});
const launchOptions = playwrightConfig.use?.launchOptions ?? {};
const browser = await chromium.launch({ ...launchOptions, headless: true });

const median = (samples: readonly number[]) => percentile(samples, 0.5);

function row(
  figure: string,
  value: number,
  base: number,
  unit: string,
  target: string,
  met: boolean,
): BenchRow {
  return { figure, value, unit, baseline: base, ratio: base ? value / base : null, target, met };
}

try {
  const samples: { ours: ColdLoad[]; baseline: ColdLoad[] } = { ours: [], baseline: [] };
  // One untimed load of each first: the very first Chromium context pays for starting its processes.
  await measureColdLoad(browser, ours.url);
  await measureColdLoad(browser, baseline.url);
  for (let index = 0; index < loads; index += 1) {
    samples.baseline.push(await measureColdLoad(browser, baseline.url));
    samples.ours.push(await measureColdLoad(browser, ours.url));
    log(`load ${index + 1}/${loads}: first paint ${samples.ours.at(-1)!.firstPaint.toFixed(0)} ms`);
  }
  const figure = (pick: (load: ColdLoad) => number) => ({
    ours: median(samples.ours.map(pick)),
    baseline: median(samples.baseline.map(pick)),
    oursRange: [Math.min(...samples.ours.map(pick)), Math.max(...samples.ours.map(pick))],
  });
  const paint = figure((load) => load.firstPaint);
  const contentfulPaint = figure((load) => load.firstContentfulPaint);
  const heading = figure((load) => load.heading);
  const scripts = figure((load) => load.scriptBytes / 1024);

  const rows: BenchRow[] = [
    row(
      'first paint, median',
      paint.ours,
      paint.baseline,
      'ms',
      '≤ 2× baseline and < 500 ms',
      paint.ours <= 2 * paint.baseline && paint.ours < 500,
    ),
    row(
      'first contentful paint, median',
      contentfulPaint.ours,
      contentfulPaint.baseline,
      'ms',
      'report only',
      true,
    ),
    row(
      'first screen heading visible, median',
      heading.ours,
      heading.baseline,
      'ms',
      '≤ 2× baseline',
      heading.ours <= 2 * heading.baseline,
    ),
    row('script loaded before the heading', scripts.ours, scripts.baseline, 'KiB', 'report only', true),
  ];

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${browser.version()}`,
  );
  console.log(
    `Data: fresh data directories (no candidates); ${loads} cold loads each, alternating, in fresh browser ` +
      `contexts. Rapport's first paint ranged ${paint.oursRange[0]!.toFixed(0)}–${paint.oursRange[1]!.toFixed(0)} ms, ` +
      `its heading ${heading.oursRange[0]!.toFixed(0)}–${heading.oursRange[1]!.toFixed(0)} ms.`,
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'start.json'), `${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await browser.close();
  await ours.close();
  await baseline.close();
  rmSync(directory, { recursive: true, force: true });
}
