import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignalingClient } from './SignalingClient.ts';
import { warmUpSocket } from './warmSocket.ts';
import type { SignalingEvent } from './Signaling.ts';
import { createSignalingServer } from '../../server/createSignalingServer.ts';
import type { SignalingServer } from '../../server/SignalingServer.ts';

// The renderer's SignalingClient against the real signalling server, over Node's built-in WebSocket.
const key = 'integration-key';
let server: SignalingServer;
let baseUrl: string;
const clients: SignalingClient[] = [];

beforeAll(async () => {
  server = createSignalingServer({ apiKey: key, port: 0, reconnectGraceSeconds: 30 });
  baseUrl = await server.listen();
});
afterAll(() => server.close());
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

async function createRoom(body: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ hostName: 'Rita', ...body }),
  });
  return (await response.json()) as { roomId: string; hostToken: string; guestToken: string };
}

/** A client whose events land in a list, with a helper to wait for the next event of a type. */
function connect(roomId: string, token: string, name: string, createWebSocket?: (url: string) => WebSocket) {
  const events: SignalingEvent[] = [];
  const waiters: Array<() => void> = [];
  const client = new SignalingClient(
    {
      url: `${baseUrl.replace('http', 'ws')}/ws`,
      roomId,
      token,
      name,
      onEvent: (event) => {
        events.push(event);
        for (const wake of waiters.splice(0)) wake();
      },
    },
    {
      initialDelayMilliseconds: 20,
      maximumDelayMilliseconds: 100,
      ...(createWebSocket ? { createWebSocket } : {}),
    },
  );
  clients.push(client);
  client.connect();
  const next = async <Type extends SignalingEvent['type']>(type: Type, skip = 0) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = events.filter((event) => event.type === type)[skip];
      if (found) return found as Extract<SignalingEvent, { type: Type }>;
      if (Date.now() > deadline) throw new Error(`no ${type} event; got ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { client, events, next };
}

describe('SignalingClient with the real server', () => {
  it('joins as host, waits as guest, admits, and relays signals both ways', async () => {
    const room = await createRoom();
    const host = connect(room.roomId, room.hostToken, 'Rita');
    expect(await host.next('joined')).toMatchObject({ role: 'host', peers: [] });
    const guest = connect(room.roomId, room.guestToken, 'Cara');
    await guest.next('waiting');
    const waiting = await host.next('guest-waiting');
    expect(waiting.name).toBe('Cara');

    host.client.send({ type: 'admit', peerId: waiting.peerId });
    const joined = await guest.next('joined');
    expect(joined.peers).toEqual([expect.objectContaining({ role: 'host', name: 'Rita' })]);
    await host.next('peer-joined');

    host.client.send({
      type: 'signal',
      to: waiting.peerId,
      data: { session: 's', signal: { type: 'offer' } },
    });
    expect((await guest.next('signal')).data).toEqual({ session: 's', signal: { type: 'offer' } });
    guest.client.send({ type: 'signal', to: joined.peers[0]!.peerId, data: { hello: 1 } });
    expect((await host.next('signal')).data).toEqual({ hello: 1 });
  });

  it('holds a signal the host sends a waiting guest until the guest is admitted, then delivers it after "joined"', async () => {
    const room = await createRoom();
    const host = connect(room.roomId, room.hostToken, 'Rita');
    await host.next('joined');
    const guest = connect(room.roomId, room.guestToken, 'Cara');
    const waiting = await host.next('guest-waiting');
    host.client.send({
      type: 'signal',
      to: waiting.peerId,
      data: { session: 's1', signal: { type: 'offer' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guest.events.some((event) => event.type === 'signal')).toBe(false);
    host.client.send({ type: 'admit', peerId: waiting.peerId });
    expect((await guest.next('signal')).data).toEqual({ session: 's1', signal: { type: 'offer' } });
    const order = guest.events
      .map((event) => event.type)
      .filter((type) => type === 'joined' || type === 'signal');
    expect(order).toEqual(['joined', 'signal']);
  });

  it('never delivers what was held for a guest who was turned away', async () => {
    const room = await createRoom();
    const host = connect(room.roomId, room.hostToken, 'Rita');
    await host.next('joined');
    const guest = connect(room.roomId, room.guestToken, 'Cara');
    const waiting = await host.next('guest-waiting');
    host.client.send({ type: 'signal', to: waiting.peerId, data: { secret: 'sdp with addresses' } });
    host.client.send({ type: 'deny', peerId: waiting.peerId });
    expect(await guest.next('error')).toMatchObject({ code: 'denied' });
    await guest.next('gave-up');
    expect(guest.events.some((event) => event.type === 'signal')).toBe(false);
  });

  it('holds frames sent before the join completes and sends them after it, never before the join frame', async () => {
    const room = await createRoom();
    const host = connect(room.roomId, room.hostToken, 'Rita');
    // Sent at once, before the socket is even open: had it gone first, the server would close the socket.
    host.client.send({ type: 'admit', peerId: 'nobody-yet' });
    await host.next('joined');
    expect(await host.next('error')).toMatchObject({ code: 'unknown_peer' });
    expect(host.events.filter((event) => event.type === 'connection')).toHaveLength(1);
  });

  it('joins over a socket opened in advance, so Join does not wait for the handshake', async () => {
    const room = await createRoom();
    const url = `${baseUrl.replace('http', 'ws')}/ws`;
    let opened = 0;
    let warm: WebSocket | undefined;
    warmUpSocket(url, (target) => {
      opened += 1;
      warm = new WebSocket(target);
      return warm;
    });
    // Wait for the warm socket to be open, as it is by the time a candidate has typed their name.
    await new Promise<void>((resolve) => {
      if (warm!.readyState === WebSocket.OPEN) resolve();
      else warm!.addEventListener('open', () => resolve(), { once: true });
    });
    const host = connect(room.roomId, room.hostToken, 'Rita', () => {
      opened += 1;
      return new WebSocket(url);
    });
    expect(await host.next('joined')).toMatchObject({ role: 'host' });
    expect(opened).toBe(1);
  });

  it('reconnects after the socket drops and resumes its slot with the same peer id', async () => {
    const room = await createRoom();
    const sockets: WebSocket[] = [];
    const host = connect(room.roomId, room.hostToken, 'Rita', (url) => {
      const socket = new WebSocket(url);
      sockets.push(socket);
      return socket;
    });
    const first = await host.next('joined');
    sockets[0]!.close(4001, 'network went away');
    await host.next('connection', 1);
    const second = await host.next('joined', 1);
    expect(second.peerId).toBe(first.peerId);
    expect(sockets).toHaveLength(2);
    expect(
      host.events
        .filter((event) => event.type === 'connection')
        .map((event) => (event as { online: boolean }).online),
    ).toEqual([true, false, true]);
  });

  it('stops for good on a room-level refusal: bad token, unknown room', async () => {
    const room = await createRoom();
    const wrong = connect(room.roomId, 'not-the-token', 'Mallory');
    expect(await wrong.next('error')).toMatchObject({ code: 'invalid_token' });
    expect(await wrong.next('gave-up')).toMatchObject({ reason: 'terminal' });
    const unknown = connect('no-such-room', 'x', 'Mallory');
    expect(await unknown.next('error')).toMatchObject({ code: 'unknown_room' });
    await unknown.next('gave-up');
  });

  it('tells the host when a waiting guest leaves', async () => {
    const room = await createRoom();
    const host = connect(room.roomId, room.hostToken, 'Rita');
    await host.next('joined');
    const guest = connect(room.roomId, room.guestToken, 'Cara');
    const waiting = await host.next('guest-waiting');
    guest.client.close();
    expect(await host.next('peer-left')).toMatchObject({ peerId: waiting.peerId });
  });
});
