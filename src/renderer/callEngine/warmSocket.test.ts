import { afterEach, expect, it, vi } from 'vitest';
import { takeWarmSocket, warmUpSocket } from './warmSocket.ts';

type FakeSocket = { readyState: number; close: () => void; closed: boolean; onerror: unknown };

function fakeSocketFactory() {
  const made: FakeSocket[] = [];
  const create = () => {
    const socket: FakeSocket = {
      readyState: WebSocket.CONNECTING,
      closed: false,
      onerror: null,
      close() {
        socket.closed = true;
        socket.readyState = WebSocket.CLOSED;
      },
    };
    made.push(socket);
    return socket as unknown as WebSocket;
  };
  return { made, create };
}

afterEach(() => {
  takeWarmSocket('');
  vi.useRealTimers();
});

it('opens one spare socket however often it is asked, and hands it over once', () => {
  const sockets = fakeSocketFactory();
  warmUpSocket('ws://a/ws', sockets.create);
  warmUpSocket('ws://a/ws', sockets.create);
  expect(sockets.made).toHaveLength(1);
  expect(takeWarmSocket('ws://a/ws')).toBe(sockets.made[0]);
  expect(takeWarmSocket('ws://a/ws')).toBeNull();
});

it('never hands over a socket for another address, a closed one, or a stale one', () => {
  vi.useFakeTimers();
  const sockets = fakeSocketFactory();
  warmUpSocket('ws://a/ws', sockets.create);
  expect(takeWarmSocket('ws://b/ws')).toBeNull();
  expect(sockets.made[0]!.closed).toBe(true);

  warmUpSocket('ws://a/ws', sockets.create);
  sockets.made[1]!.readyState = WebSocket.CLOSED;
  expect(takeWarmSocket('ws://a/ws')).toBeNull();

  warmUpSocket('ws://a/ws', sockets.create);
  vi.advanceTimersByTime(9000);
  expect(takeWarmSocket('ws://a/ws')).toBeNull();
  expect(sockets.made[2]!.closed).toBe(true);
});

it('replaces a stale spare with a fresh one', () => {
  vi.useFakeTimers();
  const sockets = fakeSocketFactory();
  warmUpSocket('ws://a/ws', sockets.create);
  vi.advanceTimersByTime(9000);
  warmUpSocket('ws://a/ws', sockets.create);
  expect(sockets.made).toHaveLength(2);
  expect(sockets.made[0]!.closed).toBe(true);
  expect(takeWarmSocket('ws://a/ws')).toBe(sockets.made[1]);
});
