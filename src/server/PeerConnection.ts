// The part of a socket a room needs, so room logic stays independent of the WebSocket library.
export interface PeerConnection {
  // False once the client has begun closing, even before the close is complete.
  readonly isOpen: boolean;
  send(text: string): void;
  close(code: number, reason: string): void;
}
