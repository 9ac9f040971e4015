import { once } from 'node:events';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';
import { TestSocket } from './testing/TestSocket.ts';

const started: SignalingServerProcess[] = [];

async function start(extraArguments: string[]): Promise<SignalingServerProcess> {
  const server = await SignalingServerProcess.start({ extraArguments });
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

// All of 127.0.0.0/8 is loopback, so binding the client end to 127.0.0.2 makes it a second client address.
async function upgradeStatus(url: string, localAddress: string): Promise<number> {
  const socket = new WebSocket(url, { localAddress });
  const [request, response] = (await once(socket, 'unexpected-response')) as [ClientRequest, IncomingMessage];
  request.destroy();
  return response.statusCode ?? 0;
}

it('caps open connections per client address; another address still joins while the first is at its cap', async () => {
  const server = await start(['--max-connections-per-ip', '3']);
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const fillers = [
    await TestSocket.open(server.webSocketUrl, { localAddress: '127.0.0.1' }),
    await TestSocket.open(server.webSocketUrl, { localAddress: '127.0.0.1' }),
  ];
  expect(await upgradeStatus(server.webSocketUrl, '127.0.0.1')).toBe(429);

  const guest = await room.connect(room.credentials.guestToken, 'Cara', undefined, undefined, {
    localAddress: '127.0.0.2',
  });
  expect(await guest.next()).toMatchObject({ type: 'waiting' });
  expect(await host.socket.nextOfType('guest-waiting')).toMatchObject({ name: 'Cara' });

  // A closed connection gives its place back.
  await fillers[0]?.close();
  await expect
    .poll(async () => {
      const socket = await TestSocket.open(server.webSocketUrl, { localAddress: '127.0.0.1' }).catch(
        () => null,
      );
      await socket?.close();
      return socket !== null;
    })
    .toBe(true);
  expect(server.isRunning).toBe(true);
});

it('limits join attempts per client address across connections, and other addresses are unaffected', async () => {
  const server = await start(['--join-attempts-per-ip-per-minute', '3']);
  const room = await TestRoom.create(server);
  for (const token of ['wrong-1', 'wrong-2', 'wrong-3']) {
    const socket = await room.connect(token, 'Eve', undefined, undefined, { localAddress: '127.0.0.1' });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'invalid_token' });
  }
  const fourth = await room.connect(room.credentials.hostToken, 'Eve', undefined, undefined, {
    localAddress: '127.0.0.1',
  });
  expect(await fourth.next()).toMatchObject({ type: 'error', code: 'rate_limited' });
  expect(await fourth.waitForClose()).toEqual({ code: 1008, reason: 'rate_limited' });

  const host = await room.connect(room.credentials.hostToken, 'Ann', undefined, undefined, {
    localAddress: '127.0.0.2',
  });
  expect(await host.next()).toMatchObject({ type: 'joined', role: 'host' });
});

it('counts the address a trusted proxy forwards, not the proxy', async () => {
  const server = await start(['--max-connections-per-ip', '1', '--trust-proxy']);
  const first = await TestSocket.open(server.webSocketUrl, {
    headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.1' },
  });
  const second = await TestSocket.open(server.webSocketUrl, {
    headers: { 'x-forwarded-for': '198.51.100.2' },
  });
  const socket = new WebSocket(server.webSocketUrl, { headers: { 'x-forwarded-for': '198.51.100.1' } });
  const [request, response] = (await once(socket, 'unexpected-response')) as [ClientRequest, IncomingMessage];
  request.destroy();
  expect(response.statusCode).toBe(429);
  await first.close();
  await second.close();
});
