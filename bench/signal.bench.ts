// `npm run bench:signal`: 500 rooms and 1,000 clients relaying an offer, an answer and trickled ICE candidates,
// through the real signalling server (the CLI, in its own process), then through two server processes sharing a
// real redis-server, against a bare `ws` relay measured in the same run. Relay latency p50/p99, messages per second
// in a burst, and the server's peak RSS.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { connectBarePairs } from './signal/connectBarePairs.ts';
import { connectSignalingPairs } from './signal/connectSignalingPairs.ts';
import type { RelayEndpoint } from './signal/RelayEndpoint.ts';
import { runRelayWorkload } from './signal/runRelayWorkload.ts';
import { RedisServerProcess } from '../src/server/testing/RedisServerProcess.ts';
import { SignalingServerProcess } from '../src/server/testing/SignalingServerProcess.ts';

const root = path.resolve(import.meta.dirname, '..');
const roomCount = Number(process.env.BENCH_SIGNAL_ROOMS ?? 500);
// 500 rooms starting their exchange over 2 s: far more interviews connecting at once than any organisation has.
const staggerMilliseconds = Number(process.env.BENCH_SIGNAL_STAGGER_MS ?? 4);
const log = (message: string) => console.error(`[bench:signal] ${message}`);
// 25 sockets per loopback address keeps every client under the server's per-address limits, as real clients are.
const localAddressOf = (socketIndex: number): string => `127.0.2.${1 + Math.floor(socketIndex / 25)}`;

interface Measurement {
  p50: number;
  p99: number;
  messagesPerSecond: number;
  peakRssMegabytes: number;
  samples: number;
}

// VmHWM: the most resident memory the process ever had, which is what a host must provision for.
function peakRssMegabytes(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

async function measure(
  pairs: { host: RelayEndpoint; guest: RelayEndpoint }[],
  pids: (number | undefined)[],
): Promise<Measurement> {
  const figures = await runRelayWorkload(pairs, staggerMilliseconds);
  for (const { host, guest } of pairs) {
    host.close();
    guest.close();
  }
  return {
    p50: percentile(figures.latenciesMilliseconds, 0.5),
    p99: percentile(figures.latenciesMilliseconds, 0.99),
    messagesPerSecond: figures.messagesPerSecond,
    peakRssMegabytes: pids.reduce<number>((sum, pid) => sum + peakRssMegabytes(pid), 0),
    samples: figures.latenciesMilliseconds.length,
  };
}

// `redisArguments` (url, own name, peer's name) makes it one of the two bare relays through Redis.
async function startBareRelay(redisArguments: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const script = path.join(import.meta.dirname, 'signal', 'bareWebSocketRelay.ts');
  const child = spawn(process.execPath, [script, ...redisArguments], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const port = /listening on (\d+)/.exec(line)?.[1];
  if (port === undefined) throw new Error(`the bare relay said: ${line}`);
  return { child, url: `ws://127.0.0.1:${port}` };
}

async function measureBareRelay(): Promise<Measurement> {
  const relay = await startBareRelay();
  try {
    const pairs = await connectBarePairs(() => relay.url, roomCount, localAddressOf);
    return await measure(pairs, [relay.child.pid]);
  } finally {
    relay.child.kill('SIGTERM');
  }
}

// The floor of the two-process rows: the bare relay split over two processes through the same kind of Redis, each
// pair's sides on different processes as in measureTwoProcesses.
async function measureTwoBareRelays(): Promise<Measurement> {
  const redis = await RedisServerProcess.start();
  const relays = [
    await startBareRelay([redis.url, 'a', 'b']),
    await startBareRelay([redis.url, 'b', 'a']),
  ] as const;
  try {
    const pairs = await connectBarePairs(
      (pair, side) => relays[(pair + (side === 'host' ? 0 : 1)) % 2]!.url,
      roomCount,
      localAddressOf,
    );
    return await measure(
      pairs,
      relays.map((relay) => relay.child.pid),
    );
  } finally {
    for (const relay of relays) relay.child.kill('SIGTERM');
    await redis.stop();
  }
}

async function measureOneProcess(): Promise<Measurement> {
  const server = await SignalingServerProcess.start();
  try {
    const plans = Array.from({ length: roomCount }, () => ({ roomServer: server, guestServer: server }));
    const pairs = await connectSignalingPairs(plans, SignalingServerProcess.apiKey, localAddressOf);
    return await measure(pairs, [server.child.pid]);
  } finally {
    await server.stop();
  }
}

// Every room runs on one process and its guest is on the other, so every message crosses Redis: the worst case.
async function measureTwoProcesses(): Promise<Measurement> {
  const redis = await RedisServerProcess.start();
  const servers = [
    await SignalingServerProcess.start({ extraArguments: ['--redis', redis.url] }),
    await SignalingServerProcess.start({ extraArguments: ['--redis', redis.url] }),
  ] as const;
  try {
    const plans = Array.from({ length: roomCount }, (_, index) => ({
      roomServer: servers[index % 2]!,
      guestServer: servers[(index + 1) % 2]!,
    }));
    const pairs = await connectSignalingPairs(plans, SignalingServerProcess.apiKey, localAddressOf);
    return await measure(
      pairs,
      servers.map((server) => server.child.pid),
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await redis.stop();
  }
}

function row(
  figure: string,
  value: number,
  unit: string,
  baseline: number,
  target: string,
  met: boolean,
): BenchRow {
  return { figure, value, unit, baseline, ratio: value / baseline, target, met };
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`bare ws relay, ${roomCount} pairs…`);
  const bare = await measureBareRelay();
  log('one signalling server process…');
  const one = await measureOneProcess();
  log('two signalling server processes through Redis…');
  const two = await measureTwoProcesses();
  log('two bare relays through Redis…');
  const twoBare = await measureTwoBareRelays();

  const rows: BenchRow[] = [
    row('relay latency p50, one process', one.p50, 'ms', bare.p50, 'reported', true),
    row('relay latency p99, one process', one.p99, 'ms', bare.p99, '< 20 ms', one.p99 < 20),
    row(
      'messages per second in a burst, one process',
      one.messagesPerSecond,
      'msg/s',
      bare.messagesPerSecond,
      '≥ 10,000/s',
      one.messagesPerSecond >= 10_000,
    ),
    row(
      'server peak RSS, one process',
      one.peakRssMegabytes,
      'MB',
      bare.peakRssMegabytes,
      '< 256 MB',
      one.peakRssMegabytes < 256,
    ),
    row(
      'relay latency p50, two processes through Redis (vs one process)',
      two.p50,
      'ms',
      one.p50,
      'reported',
      true,
    ),
    row(
      'relay latency p99, two processes through Redis (vs one process)',
      two.p99,
      'ms',
      one.p99,
      '≤ 1.5× one process',
      two.p99 <= 1.5 * one.p99,
    ),
    // The wording ("p99 < 20 ms … two processes through Redis, ≤ 1.5× that") also reads as 1.5× the target.
    row(
      'relay latency p99, two processes through Redis (vs the one-process target)',
      two.p99,
      'ms',
      20,
      '≤ 1.5× 20 ms',
      two.p99 <= 30,
    ),
    row(
      'relay latency p99, two bare relays through Redis (the floor; vs one process)',
      twoBare.p99,
      'ms',
      one.p99,
      'reported',
      true,
    ),
    row(
      'relay latency p99, two processes through Redis (vs two bare relays through Redis)',
      two.p99,
      'ms',
      twoBare.p99,
      'reported',
      true,
    ),
    row(
      'messages per second in a burst, two processes (vs one process)',
      two.messagesPerSecond,
      'msg/s',
      one.messagesPerSecond,
      '≥ 10,000/s',
      two.messagesPerSecond >= 10_000,
    ),
    row(
      'server peak RSS, both processes together (vs one process)',
      two.peakRssMegabytes,
      'MB',
      one.peakRssMegabytes,
      '< 512 MB',
      two.peakRssMegabytes < 512,
    ),
  ];

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}`);
  console.log(
    `Data: ${roomCount} rooms, ${roomCount * 2} clients on loopback (25 per address over 127.0.2.x); each room relays ` +
      'an offer and an answer of ~3 KB SDP and 10 ICE candidates each way (trickled 20 ms apart, rooms starting ' +
      `${staggerMilliseconds} ms apart): ${one.samples} timed messages per run; then 80 messages from every client at ` +
      'once for the burst. ' +
      `Run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  console.log(
    "Baseline: a bare ws relay in its own process (forwards each text frame to the pair's other socket: no JSON, " +
      'no validation, no rooms, no limits); the two-process rows compare with the one-process run above them, and ' +
      'with the same bare relay split over two processes that pass every frame through Redis (one PUBLISH each).',
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'signal.json'), `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
