import type { ClientFrame } from '../../shared/signaling/ClientFrame.ts';
import type { ServerFrame } from '../../shared/signaling/ServerFrame.ts';

/** What the call machine hears from signalling: server frames plus the socket's own ups and downs. */
export type SignalingEvent =
  | ServerFrame
  | { type: 'connection'; online: boolean; attempt: number }
  | { type: 'gave-up'; reason: 'terminal' | 'replaced' | 'attempts' }
  /** The server closed the socket with a room-level refusal as its reason (the error frame may have been missed). */
  | { type: 'refused'; code: string };

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
  /**
   * Says goodbye to the room (a `leave` frame) and stops reconnecting. A host that `endRoom`s first sends
   * `{"type":"end"}`, which closes the room for good: the guest link then answers `room_closed`.
   */
  close(options?: { endRoom?: boolean }): void;
}

export type SignalingFactory = (options: SignalingOptions) => Signaling;
