import type { ClientFrame } from '../../shared/signaling/ClientFrame.ts';
import type { ServerFrame } from '../../shared/signaling/ServerFrame.ts';

/** What the call machine hears from signalling: server frames plus the socket's own ups and downs. */
export type SignalingEvent =
  | ServerFrame
  | { type: 'connection'; online: boolean; attempt: number }
  | { type: 'gave-up'; reason: 'terminal' | 'replaced' | 'attempts' };

export type SignalingOptions = {
  /** ws:// or wss:// address of the server's /ws endpoint. */
  url: string;
  roomId: string;
  token: string;
  name: string;
  onEvent: (event: SignalingEvent) => void;
};

/** The signalling connection as the call machine uses it; SignalingClient is the real one, tests use fakes. */
export interface Signaling {
  connect(): void;
  send(frame: ClientFrame): void;
  /** Says goodbye to the room (a `leave` frame) and stops reconnecting. */
  close(): void;
}

export type SignalingFactory = (options: SignalingOptions) => Signaling;
