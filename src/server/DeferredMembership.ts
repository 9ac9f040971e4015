import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';
import type { RoomMembership } from './RoomMembership.ts';

// Frames a client sends right after its join, while we still look up which process runs the room. The socket's rate
// limit already bounds them; this bound only guards against a bug.
const maximumPendingFrames = 200;

// Holds a socket's frames, in order, until its join has found its room, then hands everything on.
export class DeferredMembership implements RoomMembership {
  private target: RoomMembership | null = null;
  private pending: { frame: ClientFrame; text: string }[] = [];
  private disconnected = false;

  resolve(target: RoomMembership): void {
    this.target = target;
    for (const { frame, text } of this.pending) target.handle(frame, text);
    this.pending = [];
    if (this.disconnected) target.disconnect();
  }

  get isDisconnected(): boolean {
    return this.disconnected;
  }

  handle(frame: ClientFrame, text: string): void {
    if (this.target !== null) this.target.handle(frame, text);
    else if (this.pending.length < maximumPendingFrames) this.pending.push({ frame, text });
  }

  disconnect(): void {
    if (this.target !== null) this.target.disconnect();
    else this.disconnected = true;
  }
}
