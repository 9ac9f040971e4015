import { expect, it } from 'vitest';
import type { SignalingEvent } from './Signaling.ts';
import { SignalingClient } from './SignalingClient.ts';

/** Just enough of a browser WebSocket for the client: the test plays the server through its handlers. */
class ScriptedSocket {
  readyState: number = WebSocket.CONNECTING;
  readonly sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;

  open(): void {
    this.readyState = WebSocket.OPEN;
    this.onopen?.();
  }

  receive(data: unknown): void {
    this.onmessage?.({ data });
  }

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.readyState = WebSocket.CLOSED;
  }

  drop(code = 1006): void {
    this.readyState = WebSocket.CLOSED;
    this.onclose?.({ code });
  }
}

function connectClient() {
  const sockets: ScriptedSocket[] = [];
  const events: SignalingEvent[] = [];
  const client = new SignalingClient(
    {
      url: 'ws://signal.test/ws',
      roomId: 'room-1',
      token: 'guest-token',
      name: 'Cara',
      onEvent: (event) => events.push(event),
    },
    {
      initialDelayMilliseconds: 1,
      maximumDelayMilliseconds: 1,
      createWebSocket: () => {
        const socket = new ScriptedSocket();
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
    },
  );
  client.connect();
  sockets[0]!.open();
  return { client, sockets, events };
}

it('ignores frames outside the wire format without throwing, and still handles the next valid one', () => {
  const { client, sockets, events } = connectClient();
  const socket = sockets[0]!;
  client.send({ type: 'signal', to: 'H1', data: 'early' });
  for (const data of [
    new ArrayBuffer(4),
    'not json',
    'null',
    '{"type":"surprise"}',
    '{"type":"waiting","peerId":"G1"}',
    '{"type":"peer-left","peerId":7}',
  ]) {
    expect(() => socket.receive(data)).not.toThrow();
  }
  expect(events).toEqual([]);
  // Not ready yet: the queued signal waits for a real answer to the join.
  expect(socket.sent).toHaveLength(1);

  socket.receive(JSON.stringify({ type: 'waiting', peerId: 'G1', resumeToken: 'resume-G1', note: 'extra' }));
  expect(events).toEqual([
    { type: 'connection', online: true, attempt: 0 },
    { type: 'waiting', peerId: 'G1', resumeToken: 'resume-G1' },
  ]);
  expect(socket.sent.at(-1)).toEqual({ type: 'signal', to: 'H1', data: 'early' });
  client.close();
});

it('resumes its slot after a drop with the peerId and resumeToken the server gave it', async () => {
  const { client, sockets } = connectClient();
  expect(sockets[0]!.sent[0]).toEqual({ type: 'join', roomId: 'room-1', token: 'guest-token', name: 'Cara' });
  sockets[0]!.receive(JSON.stringify({ type: 'waiting', peerId: 'G1', resumeToken: 'resume-G1' }));
  sockets[0]!.drop();
  await expect.poll(() => sockets.length).toBe(2);
  sockets[1]!.open();
  expect(sockets[1]!.sent[0]).toEqual({
    type: 'join',
    roomId: 'room-1',
    token: 'guest-token',
    name: 'Cara',
    peerId: 'G1',
    resumeToken: 'resume-G1',
  });
  client.close();
});
