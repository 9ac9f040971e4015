// `npm run bench:call`: on loopback, in one process, how long from the candidate being let in (and from pressing
// Join) until the first remote video frame is on screen, through the real app, join page and signalling server,
// against two raw RTCPeerConnections that exchange SDP and ICE directly through Node. Same browser, same fake camera.
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { ensureBuilt } from '../scripts/ensureBuilt.ts';
import { ensureInstalled } from '../scripts/ensureInstalled.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { baselineCall } from './call/baselineCall.ts';
import { benchApi as api } from './call/benchApi.ts';
import type { CallTimes } from './call/CallTimes.ts';
import { iceRecoveryTimes } from './call/iceRecoveryTimes.ts';
import { ourCall } from './call/ourCall.ts';

const root = path.resolve(import.meta.dirname, '..');
const runs = Math.max(10, Number(process.env.BENCH_CALL_RUNS ?? 20));
const warmUpRuns = 1;
const targetRatio = 1.3;
const iceRuns = Math.max(10, Number(process.env.BENCH_CALL_ICE_RUNS ?? 10));
const iceTargetMilliseconds = 5000;
const log = (message: string) => console.error(`[bench:call] ${message}`);

ensureInstalled(root);
// `--no-build` measures whatever is already in out/ (e.g. while someone else's half-done change breaks the build).
if (!process.argv.includes('--no-build')) ensureBuilt(root);
// Imported after the build check, like scripts/web.ts.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');
const { createSignalingServer } = await import('../src/server/createSignalingServer.ts');

const humanAdmitDelay = 1000;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const signalKey = 'bench-key';
  const signaling = createSignalingServer({ apiKey: signalKey, host: '127.0.0.1', port: 0 });
  const signalingUrl = await signaling.listen();
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'rapport-bench-call-'));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const host = await startWebHost({
    dataDirectory,
    rendererDirectory: path.join(root, 'out', 'renderer'),
    version,
    signaling: { url: signalingUrl, key: signalKey },
  });
  // A blank secure-context page (127.0.0.1) for the baseline's two peers.
  const blank = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>baseline</title><body></body>');
  });
  const blankUrl = await listen(blank);
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  const chromiumVersion = browser.version();

  await api(host.url, 'settings.update', { recruiterName: 'Bench Recruiter' });
  const { id: candidateId } = await api<{ id: string }>(host.url, 'candidates.create', {
    name: 'Bench Candidate',
  });

  const ours: CallTimes[] = [];
  const instant: CallTimes[] = [];
  const baseline: CallTimes[] = [];
  let iceRecovery: number[] = [];
  try {
    // Interleaved, so any drift in the machine's load affects both sides alike.
    for (let index = 0; index < warmUpRuns + runs; index += 1) {
      const our = await ourCall(browser, host.url, candidateId, index, humanAdmitDelay);
      const fast = await ourCall(browser, host.url, candidateId, index, 0);
      const raw = await baselineCall(browser, blankUrl);
      if (index < warmUpRuns) {
        log(
          `warm-up: ours ${our.toCandidateFrame.toFixed(0)} ms, baseline ${raw.toCandidateFrame.toFixed(0)} ms`,
        );
        continue;
      }
      ours.push(our);
      instant.push(fast);
      baseline.push(raw);
      log(
        `run ${index - warmUpRuns + 1}/${runs}: admitted → candidate frame ${our.toCandidateFrame.toFixed(0)} ms ` +
          `(baseline ${raw.toCandidateFrame.toFixed(0)}), Join → candidate frame with instant admit ${fast.joinToCandidateFrame!.toFixed(0)} ms (Join → Admit ${(fast.joinToCandidateFrame! - fast.toCandidateFrame).toFixed(0)} ms)`,
      );
    }
    iceRecovery = await iceRecoveryTimes(browser, host.url, candidateId, iceRuns, log);
  } finally {
    await browser.close();
    await host.close();
    await signaling.close();
    blank.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }

  const rows: BenchRow[] = [];
  const add = (figure: string, samples: number[], baselineSamples: number[], fraction: number) => {
    const value = percentile(samples, fraction);
    const reference = percentile(baselineSamples, fraction);
    const ratio = value / reference;
    rows.push({
      figure,
      value,
      unit: 'ms',
      baseline: reference,
      ratio,
      target: `≤ ${targetRatio}× baseline`,
      met: ratio <= targetRatio,
    });
  };
  for (const [name, fraction] of [
    ['median', 0.5],
    ['p95', 0.95],
  ] as const) {
    add(
      `recruiter clicks Admit → first remote frame (candidate side), ${name}`,
      ours.map((times) => times.toCandidateFrame),
      baseline.map((times) => times.toCandidateFrame),
      fraction,
    );
    add(
      `recruiter clicks Admit → first remote frame (recruiter side), ${name}`,
      ours.map((times) => times.toRecruiterFrame),
      baseline.map((times) => times.toRecruiterFrame),
      fraction,
    );
    add(
      `candidate presses Join → first remote frame (candidate side, admitted in the same instant), ${name}`,
      instant.map((times) => times.joinToCandidateFrame!),
      baseline.map((times) => times.toCandidateFrame),
      fraction,
    );
  }

  const iceP95 = percentile(iceRecovery, 0.95);
  for (const [name, fraction] of [
    ['median', 0.5],
    ['p95', 0.95],
  ] as const) {
    rows.push({
      figure: `ICE failure (both sides) → candidate sees frames again (ICE restart on the same connection), ${name}`,
      value: percentile(iceRecovery, fraction),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: `p95 < ${iceTargetMilliseconds} ms`,
      met: iceP95 < iceTargetMilliseconds,
    });
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${chromiumVersion}`,
  );
  console.log(
    `Data: ${runs} calls each (after ${warmUpRuns} warm-up), loopback 127.0.0.1, Chromium fake camera and microphone, ` +
      `separate browser contexts per peer; run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    'Baseline: two RTCPeerConnections (with a data channel, like ours), offer/answer/ICE relayed through Node ' +
      'the moment they exist; timed from the offerer creating its connection (the answerer creates its own when the offer arrives).',
  );
  console.log(
    `ICE failure: ${iceRuns} forced failures in one call (the call test hook on both sides: senders stop, ICE reports ` +
      'failed), timed to the first new frame of the recruiter video on the candidate side.',
  );
  console.log(
    `Admit: clicked ${humanAdmitDelay} ms after the candidate appears (a person's reaction; the app prepares the offer ` +
      'meanwhile), and in a second set of calls in the same instant (the worst case, timed from Join).',
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'call.json'), `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
