import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { PeerRecord } from './PeerRecord.ts';
import type { PeerRole } from '../shared/signaling/PeerRole.ts';
import type { PeerSummary } from '../shared/signaling/PeerSummary.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

// A participant slot in a room; it outlives its socket so a reconnecting peer keeps its id and its pending messages.
export class Peer {
  readonly peerId: string;
  readonly role: PeerRole;
  // Proof that a reconnecting socket is this peer; sent only to the peer itself, never to the others who see peerId.
  readonly resumeToken: string;
  name: string;
  admitted: boolean;
  connection: PeerConnection | null = null;
  disconnectedAtMilliseconds: number | null = null;
  private queue: string[] = [];
  private queuedBytes = 0;

  constructor(
    peerId: string,
    role: PeerRole,
    name: string,
    admitted: boolean,
    resumeToken: string = createRandomIdentifier(),
  ) {
    this.peerId = peerId;
    this.resumeToken = resumeToken;
    this.role = role;
    this.name = name;
    this.admitted = admitted;
  }

  // Active means the peer is in the call: admitted and currently connected.
  get isActive(): boolean {
    return this.admitted && this.connection !== null;
  }

  // A guest knocking right now: connected, not yet let in. Only these count towards the lobby limit; one whose
  // socket is already closing does not, so a knock-and-drop cannot hold a place for even a moment.
  get isWaiting(): boolean {
    return !this.admitted && this.connection !== null && this.connection.isOpen;
  }

  get summary(): PeerSummary {
    return { peerId: this.peerId, role: this.role, name: this.name };
  }

  get record(): PeerRecord {
    return { ...this.summary, admitted: this.admitted, resumeToken: this.resumeToken };
  }

  // Sends right away when active, otherwise keeps the message until the peer is admitted or reconnects.
  deliver(text: string): void {
    if (this.isActive) {
      this.connection?.send(text);
      return;
    }
    const bytes = Buffer.byteLength(text);
    const queueIsFull =
      this.queue.length >= signalingServerLimits.maximumQueuedMessagesPerPeer ||
      this.queuedBytes + bytes > signalingServerLimits.maximumQueuedBytesPerPeer;
    // Dropping the newest keeps the earliest messages, which for WebRTC are the offer/answer that matter most.
    if (queueIsFull) return;
    this.queue.push(text);
    this.queuedBytes += bytes;
  }

  flushQueue(): void {
    const pending = this.queue;
    this.clearQueue();
    for (const text of pending) this.connection?.send(text);
  }

  clearQueue(): void {
    this.queue = [];
    this.queuedBytes = 0;
  }
}
