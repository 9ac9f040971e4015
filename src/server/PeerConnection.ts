// The part of a socket a room needs, so room logic stays independent of the WebSocket library.
export interface PeerConnection {
  send(text: string): void;
  close(code: number, reason: string): void;
}
