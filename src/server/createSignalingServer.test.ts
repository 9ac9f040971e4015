import { once } from 'node:events';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { expectNewRoomRelays } from './testing/expectNewRoomRelays.ts';
import { TestRoom } from './testing/TestRoom.ts';

let server: SignalingServerProcess;

beforeAll(async () => {
  server = await SignalingServerProcess.start();
});

afterAll(async () => {
  await server.stop();
});

it('closes a connection that sends a frame over 64 KiB with 1009 and keeps serving other rooms', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const bystander = await room.joinGuest(host, 'Bob');
  host.socket.send({ type: 'broadcast', data: 'x'.repeat(70 * 1024) });
  expect((await host.socket.waitForClose()).code).toBe(1009);
  expect(await bystander.socket.nextOfType('peer-left')).toEqual({ type: 'peer-left', peerId: host.peerId });
  await expectNewRoomRelays(server);
  expect(server.isRunning).toBe(true);
});

it('refuses a signal that would exceed 64 KiB once stamped with the sender, without closing', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const guest = await room.joinGuest(host, 'Bob');
  // Inbound frame just under the limit; the relayed copy says "from" instead of "to" and ends up 2 bytes over.
  const frameWithoutData = JSON.stringify({ type: 'signal', to: guest.peerId, data: '' });
  const data = 'x'.repeat(
    signalingProtocolLimits.maximumFrameBytes - 1 - Buffer.byteLength(frameWithoutData),
  );
  host.socket.send({ type: 'signal', to: guest.peerId, data });
  expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'frame_too_large' });
  host.socket.send({ type: 'signal', to: guest.peerId, data: 'small' });
  expect(await guest.socket.nextOfType('signal')).toMatchObject({ data: 'small' });
});

it('rate-limits a client that bursts 1,000 frames, cuts it off with 1008, and other rooms carry on', async () => {
  const room = await TestRoom.create(server);
  const flooder = await room.joinHost('Flooder');
  for (let index = 0; index < 1000; index += 1) flooder.socket.send({ type: 'broadcast', data: index });
  expect(await flooder.socket.nextOfType('error')).toMatchObject({ code: 'rate_limited' });
  expect((await flooder.socket.waitForClose()).code).toBe(1008);
  await expectNewRoomRelays(server);
  expect(server.isRunning).toBe(true);
});

it('answers WebSocket upgrades on other paths with 404 and keeps working', async () => {
  const socket = new WebSocket(`${server.baseUrl.replace(/^http/, 'ws')}/not-ws`);
  const [request, response] = (await once(socket, 'unexpected-response')) as [ClientRequest, IncomingMessage];
  expect(response.statusCode).toBe(404);
  request.destroy();
  expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
});
