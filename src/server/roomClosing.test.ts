import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';

let server: SignalingServerProcess;

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  // A short grace, so "everyone left" closes the room within the test.
  server = await SignalingServerProcess.start({ extraArguments: ['--reconnect-grace-seconds', '1'] });
}, 30_000);

afterAll(async () => {
  await server.stop();
});

function deleteRoom(roomId: string, key = SignalingServerProcess.apiKey): Promise<Response> {
  return fetch(`${server.baseUrl}/api/rooms/${roomId}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${key}` },
  });
}

async function expectGuestLinkClosed(room: TestRoom): Promise<void> {
  const late = await room.connect(room.credentials.guestToken, 'Cara');
  expect(await late.next()).toMatchObject({ type: 'error', code: 'room_closed' });
  expect(await late.waitForClose()).toEqual({ code: 1000, reason: 'room_closed' });
  const info = await fetch(`${server.baseUrl}/api/rooms/${room.roomId}/info`);
  expect(info.status).toBe(410);
  expect(await info.json()).toMatchObject({ error: 'room_closed' });
}

describe('DELETE /api/rooms/<roomId>', () => {
  it('closes the room for everyone in it, and the guest link then answers room_closed', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    const response = await deleteRoom(room.roomId);
    expect(response.status).toBe(204);
    for (const peer of [host, guest]) {
      expect(await peer.socket.nextOfType('error')).toMatchObject({ code: 'room_closed' });
      expect(await peer.socket.waitForClose()).toEqual({ code: 1000, reason: 'room_closed' });
    }
    await expectGuestLinkClosed(room);
    // Asking again is fine (a retry after a timeout), and the host token is refused too.
    expect((await deleteRoom(room.roomId)).status).toBe(204);
    const hostAgain = await room.connect(room.credentials.hostToken, 'Ann');
    expect(await hostAgain.next()).toMatchObject({ type: 'error', code: 'room_closed' });
  });

  it('needs the API key, and answers 404 for a room it never had', async () => {
    const room = await TestRoom.create(server);
    for (const key of ['wrong', room.credentials.guestToken]) {
      const refused = await deleteRoom(room.roomId, key);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: 'unauthorized' });
    }
    const host = await room.joinHost('Ann');
    host.socket.send({ type: 'signal', to: host.peerId, data: 'still open' });
    expect(await host.socket.nextOfType('signal')).toMatchObject({ data: 'still open' });
    const unknown = await deleteRoom('no-such-room');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'unknown_room' });
  });
});

describe('the host ending the call', () => {
  it('closes the room with an end frame: everyone hears room_closed, and the guest link is dead', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    const waiting = await room.connect(room.credentials.guestToken, 'Cara');
    expect(await waiting.next()).toMatchObject({ type: 'waiting' });
    host.socket.send({ type: 'end' });
    for (const socket of [host.socket, guest.socket, waiting]) {
      expect(await socket.nextOfType('error')).toMatchObject({ code: 'room_closed' });
      expect((await socket.waitForClose()).code).toBe(1000);
    }
    await expectGuestLinkClosed(room);
  });
});

describe('an abandoned room', () => {
  it('closes once everyone has been gone for the grace period', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    guest.socket.send({ type: 'leave' });
    await guest.socket.waitForClose();
    await host.socket.close();
    await expect
      .poll(async () => (await fetch(`${server.baseUrl}/api/rooms/${room.roomId}/info`)).status, {
        timeout: 10_000,
      })
      .toBe(410);
    await expectGuestLinkClosed(room);
  });

  it('stays open while someone is still there, and a room nobody has joined yet stays open', async () => {
    const quiet = await TestRoom.create(server);
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await guest.socket.close();
    // Waiting is the point here: more than twice the grace passes and the room must still be open.
    await new Promise<void>((resolve) => setTimeout(resolve, 2500));
    expect((await fetch(`${server.baseUrl}/api/rooms/${room.roomId}/info`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/rooms/${quiet.roomId}/info`)).status).toBe(200);
  });
});
