import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SignalingServerProcess } from './testing/SignalingServerProcess.ts';
import { TestRoom } from './testing/TestRoom.ts';
import { TestSocket } from './testing/TestSocket.ts';

let server: SignalingServerProcess;

beforeAll(async () => {
  server = await SignalingServerProcess.start();
});

afterAll(async () => {
  await server.stop();
});

describe('joining', () => {
  it('lets a host in at once and tells it the room expiry and (no) ICE servers', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    expect(host.joined).toEqual({
      type: 'joined',
      peerId: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/),
      resumeToken: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/),
      role: 'host',
      peers: [],
      iceServers: [],
      expiresAt: room.credentials.expiresAt,
    });
  });

  it('keeps a guest in the lobby until a host admits it, then both sides see each other', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    expect(guest.joined.peers).toEqual([{ peerId: host.peerId, role: 'host', name: 'Ann' }]);
    expect(await host.socket.next()).toEqual({
      type: 'peer-joined',
      peerId: guest.peerId,
      role: 'guest',
      name: 'Bob',
    });
  });

  it('tells a host that arrives later about guests already waiting', async () => {
    const room = await TestRoom.create(server);
    const guest = await room.connect(room.credentials.guestToken, 'Bob');
    const waiting = await guest.next();
    expect(waiting).toEqual({ type: 'waiting', peerId: expect.any(String), resumeToken: expect.any(String) });
    const host = await room.joinHost('Ann');
    expect(await host.socket.next()).toEqual({ type: 'guest-waiting', peerId: waiting.peerId, name: 'Bob' });
  });

  it('closes a denied guest with the denied error and tells the host it left the lobby', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.connect(room.credentials.guestToken, 'Mallory');
    const waiting = await guest.next();
    await host.socket.nextOfType('guest-waiting');
    host.socket.send({ type: 'deny', peerId: waiting.peerId });
    expect(await guest.next()).toMatchObject({ type: 'error', code: 'denied' });
    expect((await guest.waitForClose()).code).toBe(1000);
    expect(await host.socket.next()).toEqual({ type: 'peer-left', peerId: waiting.peerId });
  });

  it('admits a third and fourth peer and refuses a fifth with room_full', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    await room.joinGuest(host, 'Guest 2');
    const third = await room.joinGuest(host, 'Guest 3');
    const fourth = await room.joinGuest(host, 'Guest 4');
    expect(third.joined.peers).toHaveLength(2);
    expect(fourth.joined.peers).toHaveLength(3);

    const fifthGuest = await room.connect(room.credentials.guestToken, 'Guest 5');
    expect(await fifthGuest.next()).toMatchObject({ type: 'error', code: 'room_full' });
    expect((await fifthGuest.waitForClose()).code).toBe(1000);
    const fifthHost = await room.connect(room.credentials.hostToken, 'Second host');
    expect(await fifthHost.next()).toMatchObject({ type: 'error', code: 'room_full' });
  });
});

describe('relaying', () => {
  it('relays signals in both directions, stamped with the sender', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');

    host.socket.send({ type: 'signal', to: guest.peerId, data: { sdp: 'offer', nested: [1, 2] } });
    expect(await guest.socket.next()).toEqual({
      type: 'signal',
      from: host.peerId,
      data: { sdp: 'offer', nested: [1, 2] },
    });
    guest.socket.send({ type: 'signal', to: host.peerId, data: { sdp: 'answer' } });
    expect(await host.socket.next()).toEqual({ type: 'signal', from: guest.peerId, data: { sdp: 'answer' } });
  });

  it('relays broadcasts to everyone else in the call', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const first = await room.joinGuest(host, 'Bob');
    const second = await room.joinGuest(host, 'Cid');
    host.socket.send({ type: 'broadcast', data: 'mute' });
    expect(await first.socket.nextOfType('broadcast')).toEqual({
      type: 'broadcast',
      from: host.peerId,
      data: 'mute',
    });
    expect(await second.socket.nextOfType('broadcast')).toEqual({
      type: 'broadcast',
      from: host.peerId,
      data: 'mute',
    });
  });

  it('announces peer-left when a peer disconnects', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    await guest.socket.close();
    expect(await host.socket.next()).toEqual({ type: 'peer-left', peerId: guest.peerId });
  });

  it('holds signals for a guest still in the lobby and delivers them right after it is admitted', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.connect(room.credentials.guestToken, 'Bob');
    const waiting = await guest.next();
    await host.socket.nextOfType('guest-waiting');

    host.socket.send({ type: 'signal', to: waiting.peerId, data: 'offer-1' });
    host.socket.send({ type: 'signal', to: waiting.peerId, data: 'offer-2' });
    host.socket.send({ type: 'admit', peerId: waiting.peerId });
    expect(await guest.next()).toMatchObject({ type: 'joined', peerId: waiting.peerId });
    expect(await guest.next()).toEqual({ type: 'signal', from: host.peerId, data: 'offer-1' });
    expect(await guest.next()).toEqual({ type: 'signal', from: host.peerId, data: 'offer-2' });
  });

  it('lets a peer reconnect with its peerId and resumeToken, skipping the lobby and receiving what was sent meanwhile', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    await guest.socket.close();
    await host.socket.nextOfType('peer-left');

    host.socket.send({ type: 'signal', to: guest.peerId, data: { candidate: 'while-away' } });
    const reconnected = await room.connect(
      room.credentials.guestToken,
      'Bob',
      guest.peerId,
      guest.resumeToken,
    );
    expect(await reconnected.next()).toMatchObject({ type: 'joined', peerId: guest.peerId, role: 'guest' });
    expect(await reconnected.next()).toEqual({
      type: 'signal',
      from: host.peerId,
      data: { candidate: 'while-away' },
    });
    expect(await host.socket.next()).toMatchObject({ type: 'peer-joined', peerId: guest.peerId });
  });

  it('hands a peer slot to a newer connection with the same peerId and resumeToken and closes the old one with 4000', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    // Like a laptop that switched networks: the new socket arrives before the old one is known to be dead.
    const replacement = await room.connect(
      room.credentials.guestToken,
      'Bob',
      guest.peerId,
      guest.resumeToken,
    );
    expect(await replacement.next()).toMatchObject({ type: 'joined', peerId: guest.peerId });
    expect(await guest.socket.waitForClose()).toEqual({ code: 4000, reason: 'replaced' });
    expect(await host.socket.next()).toEqual({ type: 'peer-left', peerId: guest.peerId });
    expect(await host.socket.next()).toMatchObject({ type: 'peer-joined', peerId: guest.peerId });
    host.socket.send({ type: 'signal', to: guest.peerId, data: 'on the new socket' });
    expect(await replacement.next()).toMatchObject({ type: 'signal', data: 'on the new socket' });
  });

  it('does not hand a peer slot to a connection that knows the peerId but not its resumeToken', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const victim = await room.joinGuest(host, 'Bob');
    // Another holder of the join link who learned Bob's peerId, as every admitted guest does from joined/peer-joined.
    const attacker = await room.joinGuest(host, 'Mallory');
    expect(attacker.joined.peers).toContainEqual({ peerId: victim.peerId, role: 'guest', name: 'Bob' });
    expect(JSON.stringify(attacker.joined)).not.toContain(victim.resumeToken);
    expect(attacker.resumeToken).not.toBe(victim.resumeToken);
    await host.socket.nextOfType('peer-joined');
    await host.socket.nextOfType('peer-joined');

    for (const resumeToken of [undefined, 'not-the-resume-token', attacker.resumeToken]) {
      const hijack = await room.connect(room.credentials.guestToken, 'Bob', victim.peerId, resumeToken);
      const answer = await hijack.next();
      expect(answer).toEqual({
        type: 'waiting',
        peerId: expect.any(String),
        resumeToken: expect.any(String),
      });
      expect(answer.peerId).not.toBe(victim.peerId);
      expect(answer.resumeToken).not.toBe(victim.resumeToken);
      expect(await host.socket.nextOfType('guest-waiting')).toEqual({
        type: 'guest-waiting',
        peerId: answer.peerId,
        name: 'Bob',
      });
      await hijack.close();
      expect(await host.socket.nextOfType('peer-left')).toEqual({ type: 'peer-left', peerId: answer.peerId });
    }

    // The real Bob was never displaced: still connected, still in the call, still reachable by its peerId.
    expect(victim.socket.socket.readyState).toBe(WebSocket.OPEN);
    host.socket.send({ type: 'signal', to: victim.peerId, data: 'still you?' });
    expect(await victim.socket.nextOfType('signal')).toEqual({
      type: 'signal',
      from: host.peerId,
      data: 'still you?',
    });
  });

  it('frees the slot at once when a peer sends leave', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    await host.socket.nextOfType('peer-joined');
    guest.socket.send({ type: 'leave' });
    expect((await guest.socket.waitForClose()).code).toBe(1000);
    expect(await host.socket.next()).toEqual({ type: 'peer-left', peerId: guest.peerId });
    host.socket.send({ type: 'signal', to: guest.peerId, data: 'anyone there?' });
    expect(await host.socket.next()).toMatchObject({ type: 'error', code: 'unknown_peer' });
  });
});

describe('errors', () => {
  it('answers a malformed first frame with invalid_message and closes', async () => {
    const socket = await TestSocket.open(server.webSocketUrl);
    socket.send('{"type":"join",');
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'invalid_message' });
    expect((await socket.waitForClose()).code).toBe(1008);
  });

  it('answers a schema-invalid join with invalid_message and closes', async () => {
    const socket = await TestSocket.open(server.webSocketUrl);
    socket.send({ type: 'join', roomId: 'x' });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'invalid_message' });
    expect((await socket.waitForClose()).code).toBe(1008);
  });

  it('answers malformed JSON after joining with invalid_message and keeps the connection', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    host.socket.send('this is {not json');
    expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'invalid_message' });
    host.socket.send({ type: 'signal', to: guest.peerId });
    expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'invalid_message' });
    host.socket.socket.send(Buffer.from('{}'), { binary: true });
    expect(await host.socket.nextOfType('error')).toMatchObject({ code: 'invalid_message' });
    host.socket.send({ type: 'signal', to: guest.peerId, data: 'still here' });
    expect(await guest.socket.next()).toEqual({ type: 'signal', from: host.peerId, data: 'still here' });
  });

  it('answers a frame sent before join with not_joined and closes', async () => {
    const socket = await TestSocket.open(server.webSocketUrl);
    socket.send({ type: 'signal', to: 'someone', data: 1 });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'not_joined' });
    expect((await socket.waitForClose()).code).toBe(1008);
  });

  it('answers a waiting guest that tries to signal with not_joined but keeps it in the lobby', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.connect(room.credentials.guestToken, 'Bob');
    const waiting = await guest.next();
    guest.send({ type: 'signal', to: host.peerId, data: 'let me in' });
    expect(await guest.next()).toMatchObject({ type: 'error', code: 'not_joined' });
    host.socket.send({ type: 'admit', peerId: waiting.peerId });
    expect(await guest.next()).toMatchObject({ type: 'joined' });
  });

  it('refuses an unknown room with unknown_room', async () => {
    const socket = await TestSocket.open(server.webSocketUrl);
    socket.send({ type: 'join', roomId: 'no-such-room', token: 'whatever', name: 'Bob' });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'unknown_room' });
    expect((await socket.waitForClose()).code).toBe(1000);
  });

  it('refuses a wrong token with invalid_token', async () => {
    const room = await TestRoom.create(server);
    const socket = await room.connect('not-the-token', 'Eve');
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'invalid_token' });
    expect((await socket.waitForClose()).code).toBe(1008);
  });

  it('answers a signal to a peer the room never had with unknown_peer', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    host.socket.send({ type: 'signal', to: 'nobody', data: 'hello?' });
    expect(await host.socket.next()).toMatchObject({ type: 'error', code: 'unknown_peer' });
  });

  it('answers a guest that tries to admit or deny with forbidden', async () => {
    const room = await TestRoom.create(server);
    const host = await room.joinHost('Ann');
    const guest = await room.joinGuest(host, 'Bob');
    guest.socket.send({ type: 'deny', peerId: host.peerId });
    expect(await guest.socket.next()).toMatchObject({ type: 'error', code: 'forbidden' });
    const waiting = await room.connect(room.credentials.guestToken, 'Mallory');
    const { peerId } = await waiting.next();
    guest.socket.send({ type: 'admit', peerId });
    expect(await guest.socket.nextOfType('error')).toMatchObject({ code: 'forbidden' });
  });

  it('expires a room: connected peers get room_expired, later joins too, and the info endpoint says 410', async () => {
    const room = await TestRoom.create(server, { ttlSeconds: 1 });
    const host = await room.joinHost('Ann');
    expect(await host.socket.next(5000)).toMatchObject({ type: 'error', code: 'room_expired' });
    expect((await host.socket.waitForClose()).code).toBe(1000);

    const late = await room.connect(room.credentials.guestToken, 'Late Bob');
    expect(await late.next()).toMatchObject({ type: 'error', code: 'room_expired' });
    const info = await fetch(`${server.baseUrl}/api/rooms/${room.roomId}/info`);
    expect(info.status).toBe(410);
  });
});
