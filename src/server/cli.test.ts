import { spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestSocket } from './testing/TestSocket.ts';

const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url));
const started: SignalingServerProcess[] = [];

async function start(
  options: Parameters<typeof SignalingServerProcess.start>[0],
): Promise<SignalingServerProcess> {
  const server = await SignalingServerProcess.start(options);
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop('SIGKILL')));
});

it('generates a key when none is given, prints it on stderr, and accepts it', async () => {
  const server = await start({ useTestKey: false });
  const [, key] = await server.waitForStderr(/Generated API key[^:]*: (\S+)\n/);
  expect(key).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  const response = await fetch(`${server.baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
  });
  expect(response.status).toBe(201);
});

it('prints exactly one stdout line and exits cleanly on SIGTERM and on SIGINT', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const server = await start({});
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await server.stop(signal)).toEqual({ code: 0, signal: null });
    expect(server.stdoutLines).toEqual([`Rapport signalling server listening on ${server.baseUrl}`]);
  }
});

it('names the addresses other machines can use when bound to 0.0.0.0, after the bound one', async () => {
  const server = await start({ extraArguments: ['--host', '0.0.0.0'] });
  expect(server.baseUrl).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
  const port = new URL(server.baseUrl).port;
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
    .map((address) => `Reachable at http://${address!.address}:${port}`);
  const expected =
    external.length > 0 ? external : [expect.stringMatching(/no network address other than loopback/)];
  await expect.poll(() => server.stdoutLines.slice(1)).toEqual(expected);
  expect(server.stdoutLines[0]).toBe(`Rapport signalling server listening on ${server.baseUrl}`);
  // Bound to every interface, loopback included.
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
});

it('closes open WebSockets with 1001 on shutdown', async () => {
  const server = await start({});
  const socket = await TestSocket.open(server.webSocketUrl);
  await server.stop('SIGTERM');
  expect((await socket.waitForClose()).code).toBe(1001);
});

it('reads its settings from SIGNAL_* variables and uses the public URL in join links', async () => {
  const server = await start({
    useTestKey: false,
    environment: { SIGNAL_KEY: 'from-environment', SIGNAL_PUBLIC_URL: 'https://signal.example.test/' },
  });
  expect(server.stderr).not.toContain('Generated API key');
  const response = await fetch(`${server.baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { authorization: 'Bearer from-environment' },
  });
  const room = (await response.json()) as { roomId: string; guestToken: string; joinUrl: string };
  expect(room.joinUrl).toBe(`https://signal.example.test/join/${room.roomId}#token=${room.guestToken}`);
});

it('rejects bad arguments with exit code 2 and a usage message', () => {
  for (const argumentList of [
    ['--port', 'abc'],
    ['--frobnicate'],
    ['--turn-secret', 's'],
    ['--room-ttl-hours', '0'],
  ]) {
    const result = spawnSync(process.execPath, [cliPath, ...argumentList], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status, argumentList.join(' ')).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: node src/server/cli.ts');
  }
});

it(
  'rejects bad origins, limits, grace and Redis URLs with exit code 2, naming the value',
  { timeout: 60_000 },
  () => {
    for (const [flag, value] of [
      ['--allow-origin', 'evil.example'],
      ['--max-connections-per-ip', '0'],
      ['--join-attempts-per-ip-per-minute', 'many'],
      ['--reconnect-grace-seconds', '0'],
      ['--redis', 'http://127.0.0.1:6379'],
    ] as const) {
      const result = spawnSync(process.execPath, [cliPath, flag, value], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(result.status, flag).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`"${value}"`);
    }
  },
);
