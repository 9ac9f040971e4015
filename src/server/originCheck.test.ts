import { once } from 'node:events';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

let server: SignalingServerProcess;

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  server = await SignalingServerProcess.start({
    extraArguments: ['--allow-origin', 'https://ats.example.com'],
  });
}, 30_000);

afterAll(async () => {
  await server.stop();
});

async function joinsFrom(origin: string): Promise<boolean> {
  const room = await TestRoom.create(server);
  const socket = await room.connect(room.credentials.hostToken, 'Ann', undefined, undefined, { origin });
  return (await socket.next()).type === 'joined';
}

it("lets in the app, the web host on loopback, the server's own join page and configured origins", async () => {
  const ownOrigin = new URL(server.baseUrl).origin;
  for (const origin of [
    'app://rapport',
    'http://127.0.0.1:5173',
    'http://localhost:4000',
    ownOrigin,
    'https://ats.example.com',
  ]) {
    expect(await joinsFrom(origin), origin).toBe(true);
  }
});

it('refuses the upgrade from a foreign origin with 403 and keeps serving everyone else', async () => {
  for (const origin of ['https://evil.example', 'null', 'https://ats.example.com.evil.example']) {
    const socket = new WebSocket(server.webSocketUrl, { origin });
    const [request, response] = (await once(socket, 'unexpected-response')) as [
      ClientRequest,
      IncomingMessage,
    ];
    request.destroy();
    expect(response.statusCode, origin).toBe(403);
  }
  expect(await joinsFrom('app://rapport')).toBe(true);
});
