// `npm run bench:call`: on loopback, in one process, how long from the candidate being let in (and from pressing
// Join) until the first remote video frame is on screen, through the real app, join page and signalling server,
// against two raw RTCPeerConnections that exchange SDP and ICE directly through Node. Same browser, same fake camera.
import { chromium, type Browser, type Page } from '@playwright/test';
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

const root = path.resolve(import.meta.dirname, '..');
const runs = Math.max(10, Number(process.env.BENCH_CALL_RUNS ?? 20));
const warmUpRuns = 1;
const targetRatio = 1.3;
const log = (message: string) => console.error(`[bench:call] ${message}`);

ensureInstalled(root);
// `--no-build` measures whatever is already in out/ (e.g. while someone else's half-done change breaks the build).
if (!process.argv.includes('--no-build')) ensureBuilt(root);
// Imported after the build check, like scripts/web.ts.
const { startWebHost } = await import('../src/main/webHost/startWebHost.ts');
const { createSignalingServer } = await import('../src/server/createSignalingServer.ts');

type Times = { toCandidateFrame: number; toRecruiterFrame: number; joinToCandidateFrame: number | null };

const humanAdmitDelay = 1000;

/**
 * Installed in a page: resolves `window[key]` to the wall-clock time (ms) at which the first frame of the video
 * with this accessible name was presented, using requestVideoFrameCallback.
 */
function watchFirstFrameScript(label: string, key: string): string {
  return `(() => {
    const check = () => {
      const video = document.querySelector('video[aria-label="${label}"]');
      if (video && video.srcObject && !video.dataset.benchWatched) {
        video.dataset.benchWatched = 'yes';
        video.requestVideoFrameCallback((now, metadata) => {
          window.${key} = performance.timeOrigin + (metadata.presentationTime || now);
        });
        return;
      }
      setTimeout(check, 1);
    };
    check();
  })()`;
}

/**
 * The recruiter clicks "Admit …" `delay` ms after it appears (0: in the same instant), and the click time is kept.
 * A person takes a second or more; the app uses that time to prepare the offer.
 */
function autoAdmitScript(delay: number): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      const button = [...document.querySelectorAll('button')].find((element) => element.textContent.startsWith('Admit '));
      if (!button) return;
      observer.disconnect();
      const click = () => {
        window.__benchAdmitAt = performance.timeOrigin + performance.now();
        button.click();
      };
      if (${delay} > 0) setTimeout(click, ${delay});
      else click();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })()`;
}

/**
 * Polls an expression until it is truthy. page.evaluate goes through the DevTools protocol, so the app's CSP (no
 * eval) does not get in the way; the times themselves are taken inside the page, so polling adds nothing to them.
 */
async function poll<T>(page: Page, expression: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const readNumber = (page: Page, key: string) => poll<number>(page, `window.${key}`);

async function api<T>(hostUrl: string, method: string, input: unknown): Promise<T> {
  const url = new URL(hostUrl);
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/** One call through the product: app (recruiter) and join page (candidate) in separate browser contexts. */
async function ourCall(
  browser: Browser,
  hostUrl: string,
  candidateId: string,
  index: number,
  admitDelay: number,
): Promise<Times> {
  const interview = await api<{ id: string }>(hostUrl, 'interviews.create', {
    candidateId,
    title: `Bench call ${index}`,
  });
  const recruiterContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  try {
    const recruiter = await recruiterContext.newPage();
    await recruiter.goto(hostUrl);
    await recruiter.goto(`${new URL(hostUrl).origin}/#/interviews/${interview.id}`);
    await recruiter.getByRole('button', { name: 'Start call' }).click();
    const invite = recruiter.getByRole('textbox', { name: 'Invite link' });
    await invite.waitFor();
    const joinUrl = await invite.inputValue();

    const candidate = await candidateContext.newPage();
    await candidate.goto(joinUrl);
    await candidate.getByRole('textbox', { name: 'Your name' }).fill('Bench Candidate');
    // Both previews running: devices are open before anyone joins, as for a real candidate.
    const previewPlaying = `document.querySelector('video[aria-label="Your video"]')?.readyState >= 2`;
    await poll(candidate, previewPlaying);
    await poll(recruiter, previewPlaying);

    await recruiter.evaluate(autoAdmitScript(admitDelay));
    await recruiter.evaluate(watchFirstFrameScript('Candidate video', '__benchFirstFrameAt'));
    await candidate.evaluate(watchFirstFrameScript('Recruiter video', '__benchFirstFrameAt'));
    await candidate.evaluate(`document.querySelector('form').addEventListener('submit', () => {
      window.__benchJoinAt = performance.timeOrigin + performance.now();
    }, { capture: true })`);
    await candidate.getByRole('button', { name: 'Join', exact: true }).click();

    const [joinAt, admitAt, candidateFrame, recruiterFrame] = await Promise.all([
      readNumber(candidate, '__benchJoinAt'),
      readNumber(recruiter, '__benchAdmitAt'),
      readNumber(candidate, '__benchFirstFrameAt'),
      readNumber(recruiter, '__benchFirstFrameAt'),
    ]);
    await recruiter.getByRole('button', { name: 'End call' }).click();
    await candidate.getByRole('heading', { name: 'The interview has ended' }).waitFor();
    return {
      toCandidateFrame: candidateFrame - admitAt,
      toRecruiterFrame: recruiterFrame - admitAt,
      joinToCandidateFrame: candidateFrame - joinAt,
    };
  } finally {
    await recruiterContext.close();
    await candidateContext.close();
  }
}

/**
 * Page script for the baseline. Set-up only opens the camera (as both sides' lobbies have by then); the timed part
 * then does what the product must do once a candidate is let in: the offerer creates its connection and offers,
 * the answerer creates its connection when the offer arrives, and ICE candidates trickle across.
 */
const baselinePageScript = `
  window.__benchSetUp = async () => {
    window.__benchStream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    // A running self-view, as in the product's lobby: the camera is producing frames before the clock starts.
    const preview = document.createElement('video');
    preview.muted = true;
    preview.autoplay = true;
    preview.playsInline = true;
    preview.srcObject = window.__benchStream;
    document.body.append(preview);
    await new Promise((resolve) => preview.requestVideoFrameCallback(resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  window.__benchCreateConnection = () => {
    const stream = window.__benchStream;
    const connection = new RTCPeerConnection({ iceServers: [] });
    for (const track of stream.getTracks()) connection.addTrack(track, stream);
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    video.muted = true;
    video.setAttribute('aria-label', 'Remote video');
    document.body.append(video);
    connection.ontrack = (event) => {
      if (video.srcObject) return;
      video.srcObject = event.streams[0];
      video.requestVideoFrameCallback((now, metadata) => {
        window.__benchFirstFrameAt = performance.timeOrigin + (metadata.presentationTime || now);
      });
    };
    connection.onicecandidate = (event) => {
      if (event.candidate) window.__benchSend({ candidate: event.candidate.toJSON() });
    };
    window.__benchConnection = connection;
    return connection;
  };
  // One message at a time, in order, so no candidate is added before the description it belongs to.
  window.__benchReceive = (message) => {
    window.__benchQueue = (window.__benchQueue ?? Promise.resolve()).then(async () => {
      const connection = window.__benchConnection ?? window.__benchCreateConnection();
      if (message.candidate) {
        await connection.addIceCandidate(message.candidate);
        return;
      }
      await connection.setRemoteDescription(message.description);
      if (message.description.type === 'offer') {
        await connection.setLocalDescription(await connection.createAnswer());
        window.__benchSend({ description: connection.localDescription.toJSON() });
      }
    });
    return window.__benchQueue;
  };
  window.__benchOffer = async () => {
    window.__benchStartedAt = performance.timeOrigin + performance.now();
    const connection = window.__benchCreateConnection();
    // Like simple-peer, the connection carries a data channel too.
    connection.createDataChannel('bench');
    await connection.setLocalDescription(await connection.createOffer());
    window.__benchSend({ description: connection.localDescription.toJSON() });
  };
`;

/** Two raw RTCPeerConnections in two contexts; offer, answer and ICE candidates pass through Node at once. */
async function baselineCall(browser: Browser, pageUrl: string): Promise<Times> {
  const offererContext = await browser.newContext();
  const answererContext = await browser.newContext();
  try {
    const offerer = await offererContext.newPage();
    const answerer = await answererContext.newPage();
    const relay = (to: Page) => (_source: unknown, message: unknown) =>
      void to.evaluate(
        (value) =>
          (window as unknown as { __benchReceive(message: unknown): Promise<void> }).__benchReceive(value),
        message as never,
      );
    await offerer.exposeBinding('__benchSend', relay(answerer));
    await answerer.exposeBinding('__benchSend', relay(offerer));
    for (const page of [offerer, answerer]) {
      await page.goto(pageUrl);
      await page.evaluate(baselinePageScript);
      await page.evaluate('window.__benchSetUp()');
    }
    await offerer.evaluate('window.__benchOffer()');
    const [startedAt, answererFrame, offererFrame] = await Promise.all([
      readNumber(offerer, '__benchStartedAt'),
      readNumber(answerer, '__benchFirstFrameAt'),
      readNumber(offerer, '__benchFirstFrameAt'),
    ]);
    return {
      toCandidateFrame: answererFrame - startedAt,
      toRecruiterFrame: offererFrame - startedAt,
      joinToCandidateFrame: null,
    };
  } finally {
    await offererContext.close();
    await answererContext.close();
  }
}

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

  const ours: Times[] = [];
  const instant: Times[] = [];
  const baseline: Times[] = [];
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

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium ${chromiumVersion}`,
  );
  console.log(
    `Data: ${runs} calls each (after ${warmUpRuns} warm-up), loopback 127.0.0.1, Chromium fake camera and microphone, ` +
      `separate browser contexts per peer; run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    'Baseline: two RTCPeerConnections (with a data channel, like simple-peer), offer/answer/ICE relayed through Node ' +
      'the moment they exist; timed from the offerer creating its connection (the answerer creates its own when the offer arrives).',
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
