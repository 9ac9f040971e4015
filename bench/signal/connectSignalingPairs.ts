import { once } from 'node:events';
import WebSocket from 'ws';
import type { RelayEndpoint } from './RelayEndpoint.ts';

interface ServerAddress {
  baseUrl: string;
  webSocketUrl: string;
}

interface PairPlan {
  // The process the room is created on (and runs on) and the host joins; the guest joins `guestServer`.
  roomServer: ServerAddress;
  guestServer: ServerAddress;
}

type Frame = Record<string, unknown>;

// Pairs through the real protocol: a room per pair, the host joins, the guest knocks and is admitted, exactly as
// the app and the join page do it. Set up a few rooms at a time, like interviews starting through a day.
export async function connectSignalingPairs(
  plans: PairPlan[],
  apiKey: string,
  localAddressOf: (socketIndex: number) => string,
  roomsAtOnce = 25,
): Promise<{ host: RelayEndpoint; guest: RelayEndpoint }[]> {
  const pairs: { host: RelayEndpoint; guest: RelayEndpoint }[] = [];
  for (let start = 0; start < plans.length; start += roomsAtOnce) {
    const batch = plans.slice(start, start + roomsAtOnce);
    pairs.push(
      ...(await Promise.all(
        batch.map((plan, offset) => connectPair(plan, apiKey, (start + offset) * 2, localAddressOf)),
      )),
    );
  }
  return pairs;
}

async function connectPair(
  plan: PairPlan,
  apiKey: string,
  socketIndex: number,
  localAddressOf: (socketIndex: number) => string,
): Promise<{ host: RelayEndpoint; guest: RelayEndpoint }> {
  const response = await fetch(`${plan.roomServer.baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (response.status !== 201) throw new Error(`creating a room answered ${response.status}`);
  const room = (await response.json()) as { roomId: string; hostToken: string; guestToken: string };
  const host = await FrameSocket.open(plan.roomServer.webSocketUrl, localAddressOf(socketIndex));
  host.send({ type: 'join', roomId: room.roomId, token: room.hostToken, name: 'Host' });
  const hostJoined = await host.next('joined');
  const guest = await FrameSocket.open(plan.guestServer.webSocketUrl, localAddressOf(socketIndex + 1));
  guest.send({ type: 'join', roomId: room.roomId, token: room.guestToken, name: 'Guest' });
  const waiting = await guest.next('waiting');
  await host.next('guest-waiting');
  host.send({ type: 'admit', peerId: waiting.peerId });
  await guest.next('joined');
  await host.next('peer-joined');
  return {
    host: host.endpointTo(waiting.peerId as string),
    guest: guest.endpointTo(hostJoined.peerId as string),
  };
}

// Just enough of a client to set a pair up: await a frame of a type, then hand the socket over to the workload.
class FrameSocket {
  private readonly socket: WebSocket;
  private readonly waiting: { type: string; resolve: (frame: Frame) => void }[] = [];
  private readonly inbox: Frame[] = [];
  private dataHandler: ((data: unknown) => void) | null = null;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (text) => this.receive(JSON.parse(String(text)) as Frame));
  }

  static async open(url: string, localAddress: string): Promise<FrameSocket> {
    const socket = new WebSocket(url, { localAddress, perMessageDeflate: false });
    await once(socket, 'open');
    return new FrameSocket(socket);
  }

  send(frame: Frame): void {
    this.socket.send(JSON.stringify(frame));
  }

  next(type: string): Promise<Frame> {
    const index = this.inbox.findIndex((frame) => frame.type === type);
    if (index !== -1) return Promise.resolve(this.inbox.splice(index, 1)[0] as Frame);
    return new Promise((resolve) => this.waiting.push({ type, resolve }));
  }

  endpointTo(peerId: string): RelayEndpoint {
    return {
      send: (data) => this.socket.send(JSON.stringify({ type: 'signal', to: peerId, data })),
      onData: (handler) => (this.dataHandler = handler),
      close: () => this.socket.close(),
    };
  }

  private receive(frame: Frame): void {
    if (frame.type === 'signal') {
      this.dataHandler?.(frame.data);
      return;
    }
    if (frame.type === 'error') throw new Error(`the server refused a bench frame: ${JSON.stringify(frame)}`);
    const index = this.waiting.findIndex((waiter) => waiter.type === frame.type);
    if (index === -1) {
      this.inbox.push(frame);
      return;
    }
    const [waiter] = this.waiting.splice(index, 1);
    waiter?.resolve(frame);
  }
}
