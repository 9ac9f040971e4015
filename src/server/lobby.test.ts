import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';
import type { TestSocket } from './testing/TestSocket.ts';

let server: SignalingServerProcess;

// A generous hook timeout: starting a process takes seconds on a machine busy with other work.
beforeAll(async () => {
  server = await SignalingServerProcess.start();
}, 30_000);

afterAll(async () => {
  await server.stop();
});

const { maximumWaitingGuests } = signalingServerLimits;

async function knock(room: TestRoom, name: string): Promise<{ socket: TestSocket; peerId: string }> {
  const socket = await room.connect(room.credentials.guestToken, name);
  const waiting = await socket.next();
  expect(waiting).toMatchObject({ type: 'waiting' });
  return { socket, peerId: waiting.peerId as string };
}

describe('the lobby', () => {
  it(`does not lock the candidate out after ${maximumWaitingGuests} guests knocked and dropped`, async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    for (let index = 0; index < maximumWaitingGuests; index += 1) {
      const filler = await knock(room, `Filler ${index}`);
      await host.socket.nextOfType('guest-waiting');
      await filler.socket.close();
      expect(await host.socket.nextOfType('peer-left')).toEqual({ type: 'peer-left', peerId: filler.peerId });
    }
    // Well inside the 120 s grace that used to keep every filler's lobby place.
    const candidate = await knock(room, 'Cara');
    expect(await host.socket.nextOfType('guest-waiting')).toEqual({
      type: 'guest-waiting',
      peerId: candidate.peerId,
      name: 'Cara',
    });
    host.socket.send({ type: 'admit', peerId: candidate.peerId });
    expect(await candidate.socket.next()).toMatchObject({ type: 'joined', role: 'guest' });
  });

  it('does not count guests who are hanging up at this very moment', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const fillers = [];
    for (let index = 0; index < maximumWaitingGuests; index += 1)
      fillers.push(await knock(room, `Filler ${index}`));
    // All hang up together, and the candidate knocks at once, without waiting for the server to notice.
    for (const filler of fillers) filler.socket.socket.close();
    const candidate = await knock(room, 'Cara');
    expect(candidate.peerId).toEqual(expect.any(String));
    expect(host.socket.socket.readyState).toBe(1);
  });

  it('still turns away a guest when the lobby is full of guests who are really there, and tells the host', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    for (let index = 0; index < maximumWaitingGuests; index += 1) {
      await knock(room, `Waiting ${index}`);
      await host.socket.nextOfType('guest-waiting');
    }
    const late = await room.connect(room.credentials.guestToken, 'Cara');
    expect(await late.next()).toMatchObject({ type: 'error', code: 'room_full' });
    expect((await late.waitForClose()).code).toBe(1000);
    expect(await host.socket.nextOfType('knock-refused')).toEqual({
      type: 'knock-refused',
      reason: 'lobby_full',
      name: 'Cara',
    });
  });

  it('tells the host about a knock with an altered link and about one refused because the call is full', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const altered = await room.connect(`${room.credentials.guestToken}x`, 'Cara');
    expect(await altered.next()).toMatchObject({ type: 'error', code: 'invalid_token' });
    expect(await host.socket.nextOfType('knock-refused')).toEqual({
      type: 'knock-refused',
      reason: 'invalid_token',
      name: 'Cara',
    });

    for (const name of ['Guest 2', 'Guest 3', 'Guest 4']) await room.joinGuest(host, name);
    const fifth = await room.connect(room.credentials.guestToken, 'Dan');
    expect(await fifth.next()).toMatchObject({ type: 'error', code: 'room_full' });
    expect(await host.socket.nextOfType('knock-refused')).toEqual({
      type: 'knock-refused',
      reason: 'room_full',
      name: 'Dan',
    });
  });

  it('cleans bidi overrides and zero-width characters out of the name the host sees', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    await room.connect(room.credentials.guestToken, 'Ca\u200Bra\u202E (host)');
    expect(await host.socket.nextOfType('guest-waiting')).toMatchObject({ name: 'Cara (host)' });
  });
});

describe('who may admit', () => {
  it('answers an admitted guest who admits another waiting guest with forbidden, and the other stays waiting', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const insider = await room.joinGuest(host, 'Bob');
    const outsider = await knock(room, 'Mallory');
    await host.socket.nextOfType('guest-waiting');

    insider.socket.send({ type: 'admit', peerId: outsider.peerId });
    expect(await insider.socket.nextOfType('error')).toMatchObject({ code: 'forbidden' });
    // Nothing let Mallory in: a host's admit is still what it takes, and only then does she get "joined".
    host.socket.send({ type: 'signal', to: outsider.peerId, data: 'sent while she waits' });
    host.socket.send({ type: 'admit', peerId: outsider.peerId });
    expect(await outsider.socket.next()).toMatchObject({ type: 'joined', peerId: outsider.peerId });
    expect(await outsider.socket.next()).toEqual({
      type: 'signal',
      from: host.peerId,
      data: 'sent while she waits',
    });
  });

  it('answers a guest who ends the call with forbidden, waiting or admitted, and the call goes on', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    const waiting = await knock(room, 'Cara');
    for (const socket of [guest.socket, waiting.socket]) {
      socket.send({ type: 'end' });
      expect(await socket.nextOfType('error')).toMatchObject({ code: 'forbidden' });
    }
    host.socket.send({ type: 'signal', to: guest.peerId, data: 'still on' });
    expect(await guest.socket.nextOfType('signal')).toMatchObject({ data: 'still on' });
  });
});
