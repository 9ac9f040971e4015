import type { Signaling, SignalingOptions } from './Signaling.ts';
import type { ClientFrame } from '../../shared/signaling/ClientFrame.ts';
import { parseServerFrame } from '../../shared/signaling/parseServerFrame.ts';
import { terminalSignalingErrors } from './terminalSignalingErrors.ts';
import { takeWarmSocket } from './warmSocket.ts';

export type SignalingClientTuning = {
  /** First reconnect delay; doubles each attempt up to `maximumDelayMilliseconds`, with ±20 % jitter. */
  initialDelayMilliseconds?: number;
  maximumDelayMilliseconds?: number;
  /** Give up after this many failed attempts in a row (the room's peer slot lasts ~2 minutes on the server). */
  maximumAttempts?: number;
  createWebSocket?: (url: string) => WebSocket;
};

/** The server closes a socket with 4000 when the same peer (peerId + resumeToken) connected again elsewhere. */
const replacedCloseCode = 4000;

/**
 * One WebSocket to the signalling server. It joins, then relays frames both ways. When the socket drops it
 * reconnects with exponential backoff and resumes its slot by sending the peerId and resumeToken the server gave
 * it, so a waiting guest stays in the queue and queued signals are delivered.
 */
export class SignalingClient implements Signaling {
  private readonly options: SignalingOptions;
  private readonly tuning: Required<Omit<SignalingClientTuning, 'createWebSocket'>>;
  private readonly createWebSocket: (url: string) => WebSocket;
  private socket: WebSocket | null = null;
  private peerId: string | undefined;
  /** Proves to the server that a reconnect is this peer; the peerId alone is visible to others in the room. */
  private resumeToken: string | undefined;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** True between the server's joined/waiting answer and the socket closing. */
  private ready = false;
  private outbox: string[] = [];

  constructor(options: SignalingOptions, tuning: SignalingClientTuning = {}) {
    this.options = options;
    this.tuning = {
      initialDelayMilliseconds: tuning.initialDelayMilliseconds ?? 500,
      maximumDelayMilliseconds: tuning.maximumDelayMilliseconds ?? 8000,
      maximumAttempts: tuning.maximumAttempts ?? 20,
    };
    this.createWebSocket = tuning.createWebSocket ?? ((url) => new WebSocket(url));
  }

  connect(): void {
    if (this.stopped || this.socket) return;
    let socket: WebSocket;
    try {
      // The first connection may use a socket opened in advance (warmUpSocket); reconnections open their own.
      socket =
        (this.peerId === undefined ? takeWarmSocket(this.options.url) : null) ??
        this.createWebSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    const sendJoin = () => {
      const join: ClientFrame = {
        type: 'join',
        roomId: this.options.roomId,
        token: this.options.token,
        name: this.options.name,
        ...(this.peerId ? { peerId: this.peerId } : {}),
        ...(this.peerId && this.resumeToken ? { resumeToken: this.resumeToken } : {}),
      };
      socket.send(JSON.stringify(join));
    };
    if (socket.readyState === WebSocket.OPEN) sendJoin();
    else socket.onopen = sendJoin;
    socket.onmessage = (message) => {
      // A frame that is not JSON or not in the wire format (a newer server's, or a broken proxy's) is ignored.
      const frame = parseServerFrame(message.data);
      if (frame === null) return;
      if ((frame.type === 'joined' || frame.type === 'waiting') && !this.ready) {
        this.ready = true;
        this.peerId = frame.peerId;
        this.resumeToken = frame.resumeToken;
        this.attempt = 0;
        this.options.onEvent({ type: 'connection', online: true, attempt: 0 });
        this.flushOutbox();
      }
      if (frame.type === 'error' && terminalSignalingErrors.has(frame.code)) this.stopped = true;
      this.options.onEvent(frame);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const wasReady = this.ready;
      this.ready = false;
      if (wasReady) this.options.onEvent({ type: 'connection', online: false, attempt: this.attempt });
      if (!this.stopped && terminalSignalingErrors.has(event.reason)) {
        this.stopped = true;
        this.options.onEvent({ type: 'refused', code: event.reason });
      }
      if (this.stopped) {
        this.options.onEvent({ type: 'gave-up', reason: 'terminal' });
        return;
      }
      if (event.code === replacedCloseCode) {
        this.stopped = true;
        this.options.onEvent({ type: 'gave-up', reason: 'replaced' });
        return;
      }
      this.scheduleReconnect();
    };
    // An error is always followed by close, which decides what happens next.
    socket.onerror = () => {};
  }

  /** Frames sent while the socket is down wait for the next successful join, in order. */
  send(frame: ClientFrame): void {
    const text = JSON.stringify(frame);
    if (this.ready && this.socket?.readyState === WebSocket.OPEN && this.outbox.length === 0) {
      this.socket.send(text);
      return;
    }
    this.outbox.push(text);
  }

  close(options: { endRoom?: boolean } = {}): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    this.outbox = [];
    if (!socket) return;
    if (socket.readyState === WebSocket.OPEN) {
      // Written out rather than typed as a ClientFrame: a server older than the `end` frame just refuses it.
      if (options.endRoom) socket.send('{"type":"end"}');
      socket.send(JSON.stringify({ type: 'leave' } satisfies ClientFrame));
    }
    socket.close(1000, 'left');
  }

  private flushOutbox(): void {
    const pending = this.outbox;
    this.outbox = [];
    for (const text of pending) this.socket?.send(text);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.attempt += 1;
    if (this.attempt > this.tuning.maximumAttempts) {
      this.stopped = true;
      this.options.onEvent({ type: 'gave-up', reason: 'attempts' });
      return;
    }
    const base = Math.min(
      this.tuning.maximumDelayMilliseconds,
      this.tuning.initialDelayMilliseconds * 2 ** (this.attempt - 1),
    );
    const delay = base * (0.8 + Math.random() * 0.4);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }
}
