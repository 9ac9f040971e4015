import { afterAll, beforeAll, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';
import { TestSocket } from './testing/TestSocket.ts';

let server: SignalingServerProcess;

beforeAll(async () => {
  server = await SignalingServerProcess.start({ extraArguments: ['--heartbeat-interval-seconds', '0.2'] });
});

afterAll(async () => {
  await server.stop();
});

it('drops a peer that stops answering pings and tells the others it left, while live peers stay', async () => {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  // autoPong off imitates a laptop that went to sleep mid-call: the TCP connection lingers but nobody answers.
  const silent = await TestSocket.open(server.webSocketUrl, { autoPong: false });
  silent.send({ type: 'join', roomId: room.roomId, token: room.credentials.guestToken, name: 'Sleepy' });
  const waiting = await silent.next();
  await host.socket.nextOfType('guest-waiting');
  host.socket.send({ type: 'admit', peerId: waiting.peerId });
  expect(await silent.next()).toMatchObject({ type: 'joined' });

  expect(await host.socket.nextOfType('peer-left', 5000)).toEqual({
    type: 'peer-left',
    peerId: waiting.peerId,
  });
  expect((await silent.waitForClose()).code).toBe(1006);

  // The host answered every ping meanwhile, so it is still connected and can still be reached.
  const guest = await room.joinGuest(host, 'Bob');
  guest.socket.send({ type: 'signal', to: host.peerId, data: 'hi' });
  expect(await host.socket.nextOfType('signal')).toMatchObject({ from: guest.peerId, data: 'hi' });
});
