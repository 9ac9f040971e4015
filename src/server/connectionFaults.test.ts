import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { faultPayload } from './testing/injectRelayFault.ts';
import { expectNewRoomRelays } from './testing/expectNewRoomRelays.ts';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

let server: SignalingServerProcess;

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  const fault = fileURLToPath(new URL('./testing/injectRelayFault.ts', import.meta.url));
  server = await SignalingServerProcess.start({ nodeArguments: ['--import', fault] });
}, 30_000);

afterAll(async () => {
  await server.stop();
});

// The JSON text of `depth` nested arrays, as a hostile client would type it: 10-64 KB, under the frame limit.
function nestedArraysText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

it('refuses signal and broadcast data nested 5,000 and 30,000 levels deep, even from a host alone in its room', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  for (const depth of [5000, 30_000]) {
    host.socket.send(`{"type":"signal","to":"${host.peerId}","data":${nestedArraysText(depth)}}`);
    expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'invalid_message' });
    host.socket.send(`{"type":"broadcast","data":${nestedArraysText(depth)}}`);
    expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'invalid_message' });
  }
  const deepestAllowed = signalingProtocolLimits.maximumNestingDepth - 1;
  host.socket.send(`{"type":"signal","to":"${host.peerId}","data":${nestedArraysText(deepestAllowed)}}`);
  expect(await host.socket.nextOfType('signal')).toMatchObject({ from: host.peerId });
  await expectNewRoomRelays(server);
  expect(server.isRunning).toBe(true);
});

it('closes only the connection whose frame hit a bug, with 1011, and the process and every other call carry on', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const guest = await room.joinGuest(host, 'Bob');
  guest.socket.send({ type: 'signal', to: host.peerId, data: faultPayload });
  expect(await guest.socket.waitForClose()).toEqual({ code: 1011, reason: 'internal_error' });
  expect(await host.socket.nextOfType('peer-left')).toEqual({ type: 'peer-left', peerId: guest.peerId });
  await server.waitForStderr(/a connection's frame could not be handled: RangeError: an injected fault/);
  // The guest resumes its slot on a new socket, as a client would after any close.
  const resumed = await room.connect(room.credentials.guestToken, 'Bob', guest.peerId, guest.resumeToken);
  expect(await resumed.next()).toMatchObject({ type: 'joined', peerId: guest.peerId });
  await expectNewRoomRelays(server);
  expect(server.isRunning).toBe(true);
});
