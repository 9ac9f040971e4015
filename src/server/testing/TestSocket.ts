import WebSocket from 'ws';
import type { ClientOptions } from 'ws';
import { serverFrameSchema } from '../../shared/signaling/serverFrameSchema.ts';

type Frame = Record<string, unknown>;

interface Waiter {
  matches: (frame: Frame) => boolean;
  resolve: (frame: Frame) => void;
}

const defaultTimeoutMilliseconds = 5000;

// A WebSocket client that buffers every frame, so tests can await "the next frame" or "the next frame of type X".
export class TestSocket {
  readonly socket: WebSocket;
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly inbox: Frame[] = [];
  private readonly waiters = new Set<Waiter>();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    socket.on('message', (data) => this.receive(checkWireFormat(JSON.parse(String(data)) as Frame)));
    // The server may cut us off mid-send (oversized frames, floods); that is what the tests look for, not a failure.
    socket.on('error', () => {});
  }

  static async open(url: string, options: ClientOptions = {}): Promise<TestSocket> {
    const socket = new WebSocket(url, options);
    const testSocket = new TestSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return testSocket;
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  // The earliest unread frame, whatever its type.
  next(timeoutMilliseconds = defaultTimeoutMilliseconds): Promise<Frame> {
    return this.take(() => true, 'any frame', timeoutMilliseconds);
  }

  // The earliest unread frame of this type; frames of other types stay unread for later calls.
  nextOfType(type: string, timeoutMilliseconds = defaultTimeoutMilliseconds): Promise<Frame> {
    return this.take((frame) => frame.type === type, `a "${type}" frame`, timeoutMilliseconds);
  }

  async waitForClose(
    timeoutMilliseconds = defaultTimeoutMilliseconds,
  ): Promise<{ code: number; reason: string }> {
    return withTimeout(this.closed, timeoutMilliseconds, () => 'the socket to close');
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close();
    await this.closed;
  }

  private receive(frame: Frame): void {
    for (const waiter of this.waiters) {
      if (waiter.matches(frame)) {
        this.waiters.delete(waiter);
        waiter.resolve(frame);
        return;
      }
    }
    this.inbox.push(frame);
  }

  private take(
    matches: (frame: Frame) => boolean,
    description: string,
    timeoutMilliseconds: number,
  ): Promise<Frame> {
    const index = this.inbox.findIndex(matches);
    if (index !== -1) return Promise.resolve(this.inbox.splice(index, 1)[0] as Frame);
    const waiter: Waiter = { matches, resolve: () => {} };
    const arrival = new Promise<Frame>((resolve) => {
      waiter.resolve = resolve;
      this.waiters.add(waiter);
    });
    const describe = (): string => `${description} (unread: ${JSON.stringify(this.inbox).slice(0, 500)})`;
    return withTimeout(arrival, timeoutMilliseconds, describe).catch((error: unknown) => {
      // A waiter that timed out must not swallow a frame that arrives later.
      this.waiters.delete(waiter);
      throw error;
    });
  }
}

// Clients drop frames outside the shared wire format, so every frame the real server sends must fit it.
function checkWireFormat(frame: Frame): Frame {
  if (!serverFrameSchema.safeParse(frame).success) {
    throw new Error(
      `The server sent a frame outside src/shared/signaling: ${JSON.stringify(frame).slice(0, 300)}`,
    );
  }
  return frame;
}

function withTimeout<Value>(
  promise: Promise<Value>,
  milliseconds: number,
  describe: () => string,
): Promise<Value> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${milliseconds} ms waiting for ${describe()}`)),
      milliseconds,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
