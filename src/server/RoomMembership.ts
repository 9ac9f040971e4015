import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';

// What a socket holds after sending its join: the room side, in this process or another, takes it from there.
export interface RoomMembership {
  // `text` is the frame as the client sent it (already validated), for passing on without serializing it again.
  handle(frame: ClientFrame, text: string): void;
  disconnect(): void;
}
