import { expect } from 'vitest';
import type { SignalingServerProcess } from './SignalingServerProcess.ts';
import { TestRoom } from './TestRoom.ts';

// A fresh, unrelated room whose call must carry on whatever a misbehaving client did elsewhere: ping and pong.
export async function expectNewRoomRelays(server: SignalingServerProcess): Promise<void> {
  const room = await TestRoom.create(server);
  const host = await room.joinHost('Ann');
  const guest = await room.joinGuest(host, 'Bob');
  host.socket.send({ type: 'signal', to: guest.peerId, data: 'ping' });
  expect(await guest.socket.nextOfType('signal')).toEqual({
    type: 'signal',
    from: host.peerId,
    data: 'ping',
  });
  guest.socket.send({ type: 'signal', to: host.peerId, data: 'pong' });
  expect(await host.socket.nextOfType('signal')).toEqual({
    type: 'signal',
    from: guest.peerId,
    data: 'pong',
  });
}
