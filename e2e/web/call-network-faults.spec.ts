import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import { callStats, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { chromiumExecutable } from '../fixtures/chromiumExecutable.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import {
  startSignalingServerProcess,
  type SignalingServerProcess,
} from '../fixtures/startSignalingServerProcess.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';

// The candidate's browser in a network namespace of its own, joined to this one by a veth pair; the test uses only
// the pair's addresses, and shapes or cuts the candidate's side of the link with tc and ip link.
const namespace = `rapport-net-${process.pid}`;
const outside = `rpo${process.pid % 100_000}`;
const inside = `rpi${process.pid % 100_000}`;
const subnet = `10.213.${process.pid % 250}`;
const hostAddress = `${subnet}.1`;
const candidateAddress = `${subnet}.2`;

function run(command: string, ...args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function inNamespace(...args: string[]): void {
  execFileSync('ip', ['netns', 'exec', namespace, ...args], { stdio: 'pipe' });
}

/** Why this machine cannot run the test, or null: it needs root, `ip netns` and a tc that can shape the link. */
function unavailableBecause(): { reason: string | null; shaping: 'netem' | 'tbf' } {
  const probe = `rapport-probe-${process.pid}`;
  if (!run('ip', 'netns', 'add', probe))
    return {
      reason: '`ip netns add` is not allowed here (needs root and network namespaces).',
      shaping: 'netem',
    };
  // Whether the probe namespace's loopback takes this queueing discipline.
  const canShape = (...qdisc: string[]) =>
    run('ip', 'netns', 'exec', probe, 'tc', 'qdisc', 'add', 'dev', 'lo', 'root', ...qdisc);
  try {
    if (canShape('netem', 'delay', '1ms')) return { reason: null, shaping: 'netem' };
    return canShape('tbf', 'rate', '1mbit', 'burst', '8kb', 'latency', '50ms')
      ? { reason: null, shaping: 'tbf' }
      : {
          reason: 'tc can neither add netem nor tbf here, so the link cannot be degraded.',
          shaping: 'netem',
        };
  } finally {
    run('ip', 'netns', 'del', probe);
  }
}

const { reason, shaping } = unavailableBecause();

let signal: SignalingServerProcess | undefined;
let host: WebHostProcess | undefined;
let candidateBrowser: Browser | undefined;
let scratch: string | undefined;

test.afterEach(async () => {
  await candidateBrowser?.close();
  await host?.stop();
  await signal?.stop();
  run('ip', 'netns', 'del', namespace);
  run('ip', 'link', 'del', outside);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const reconnecting = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Connection lost. Reconnecting…' });

test('a real bad network: loss and delay on the candidate’s link turn the indicator poor, and a link that goes down and up recovers', async ({
  dataDirectory,
  browser,
  playwright,
}) => {
  test.skip(reason !== null, reason ?? '');
  test.setTimeout(180_000);
  execFileSync('ip', ['netns', 'add', namespace]);
  execFileSync('ip', ['link', 'add', outside, 'type', 'veth', 'peer', 'name', inside]);
  execFileSync('ip', ['link', 'set', inside, 'netns', namespace]);
  execFileSync('ip', ['addr', 'add', `${hostAddress}/24`, 'dev', outside]);
  execFileSync('ip', ['link', 'set', outside, 'up']);
  inNamespace('ip', 'addr', 'add', `${candidateAddress}/24`, 'dev', inside);
  inNamespace('ip', 'link', 'set', inside, 'up');
  inNamespace('ip', 'link', 'set', 'lo', 'up');

  // The signalling server listens on the veth's own address, the only one the candidate can reach.
  const key = 'e2e-network-key';
  signal = await startSignalingServerProcess({ key, host: hostAddress });
  host = await startWebHostProcess(dataDirectory, 0, ['--signal-url', signal.url, '--signal-key', key]);
  scratch = mkdtempSync(path.join(tmpdir(), 'rapport-netns-'));
  const launcher = path.join(scratch, 'chromium-in-namespace.sh');
  writeFileSync(launcher, `#!/bin/sh\nexec ip netns exec ${namespace} ${chromiumExecutable()} "$@"\n`);
  chmodSync(launcher, 0o755);
  const args = playwrightConfig.use?.launchOptions?.args ?? [];
  candidateBrowser = await playwright.chromium.launch({
    executablePath: launcher,
    // Plain http on a LAN address is not a secure context; this one origin is treated as one, as https would be.
    args: [...args, `--unsafely-treat-insecure-origin-as-secure=${signal.url}`],
  });

  const call = await startConnectedCall(browser, host, {
    contextForCandidate: await candidateBrowser.newContext(),
  });
  const candidatePage = call.first.page;
  const indicator = (page: Page) => page.getByRole('button', { name: /^Connection: / });
  await expect(indicator(candidatePage)).toBeVisible();
  const pair = (await callStats(candidatePage))?.candidatePair;
  expect(pair?.localCandidateType).toBe('host');

  // Loss and delay on the candidate's side of the link.
  if (shaping === 'netem')
    inNamespace('tc', 'qdisc', 'add', 'dev', inside, 'root', 'netem', 'delay', '300ms', 'loss', '15%');
  else
    inNamespace(
      'tc',
      'qdisc',
      'add',
      'dev',
      inside,
      'root',
      'tbf',
      'rate',
      '96kbit',
      'burst',
      '4kb',
      'latency',
      '60ms',
    );
  await expect(indicator(candidatePage)).toHaveText('Connection: Poor', { timeout: 30_000 });
  await expect(indicator(call.recruiterPage)).toHaveText('Connection: Poor', { timeout: 30_000 });
  inNamespace('tc', 'qdisc', 'del', 'dev', inside, 'root');

  // The link goes down: both sides say so. It comes back: the call recovers and frames decode again.
  inNamespace('ip', 'link', 'set', inside, 'down');
  await expect(reconnecting(candidatePage)).toBeVisible({ timeout: 20_000 });
  await expect(reconnecting(call.recruiterPage)).toBeVisible({ timeout: 20_000 });
  inNamespace('ip', 'link', 'set', inside, 'up');
  await expect(reconnecting(candidatePage)).toBeHidden({ timeout: 30_000 });
  await expect(reconnecting(call.recruiterPage)).toBeHidden({ timeout: 30_000 });
  await expectRemoteVideoDecoding(candidatePage);
  await expectRemoteVideoDecoding(call.recruiterPage);
  await call.first.candidate.say('My Wi-Fi is back.');
  await expect(call.recruiter.chatLog).toContainText('My Wi-Fi is back.');
});
