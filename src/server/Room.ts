import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { IceServer } from '../shared/signaling/IceServer.ts';
import { Peer } from './Peer.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { PeerRole } from '../shared/signaling/PeerRole.ts';
import { serializeFrame } from './serializeFrame.ts';
import type { ServerFrame } from '../shared/signaling/ServerFrame.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { tokensMatch } from './tokensMatch.ts';

interface RoomSettings {
  roomId: string;
  hostToken: string;
  guestToken: string;
  hostName: string | null;
  intro: string | null;
  expiresAtMilliseconds: number;
  createIceServers: () => IceServer[];
}

// Close code sent to a socket whose peer slot was taken over by a newer connection presenting its peerId and resumeToken.
const replacedCloseCode = 4000;

// One interview room: who is in it, who waits in the lobby, and the relay between them. Holds no I/O of its own.
export class Room {
  readonly roomId: string;
  readonly hostName: string | null;
  readonly intro: string | null;
  readonly expiresAtMilliseconds: number;
  private readonly hostToken: string;
  private readonly guestToken: string;
  private readonly createIceServers: () => IceServer[];
  private readonly peers = new Map<string, Peer>();
  private expired = false;

  constructor(settings: RoomSettings) {
    this.roomId = settings.roomId;
    this.hostToken = settings.hostToken;
    this.guestToken = settings.guestToken;
    this.hostName = settings.hostName;
    this.intro = settings.intro;
    this.expiresAtMilliseconds = settings.expiresAtMilliseconds;
    this.createIceServers = settings.createIceServers;
  }

  // Only the room's creator ever sees these, in the POST /api/rooms response.
  get tokens(): { hostToken: string; guestToken: string } {
    return { hostToken: this.hostToken, guestToken: this.guestToken };
  }

  get expiresAt(): string {
    return new Date(this.expiresAtMilliseconds).toISOString();
  }

  isExpiredAt(nowMilliseconds: number): boolean {
    return this.expired || nowMilliseconds >= this.expiresAtMilliseconds;
  }

  roleForToken(token: string): PeerRole | null {
    // Both comparisons always run so the timing does not hint at which token was nearly right.
    const isHost = tokensMatch(token, this.hostToken);
    const isGuest = tokensMatch(token, this.guestToken);
    if (isHost) return 'host';
    if (isGuest) return 'guest';
    return null;
  }

  join(
    role: PeerRole,
    name: string,
    resume: { peerId: string; resumeToken: string | undefined } | undefined,
    connection: PeerConnection,
  ): { peer: Peer } | { error: SignalingErrorCode } {
    const previous = this.resumablePeer(role, resume);
    if (previous !== undefined) {
      if (previous.connection !== null) {
        const replaced = previous.connection;
        this.detach(previous);
        replaced.close(replacedCloseCode, 'replaced');
      }
      previous.name = name;
      this.attach(previous, connection);
      return { peer: previous };
    }
    // Guests are refused up front when the call is full: waiting in a lobby that can never admit them helps nobody.
    if (this.admittedCount() >= signalingServerLimits.maximumAdmittedPeers) return { error: 'room_full' };
    if (role === 'guest' && this.waitingCount() >= signalingServerLimits.maximumWaitingGuests) {
      return { error: 'room_full' };
    }
    const peer = new Peer(createRandomIdentifier(), role, name, role === 'host');
    this.peers.set(peer.peerId, peer);
    this.attach(peer, connection);
    return { peer };
  }

  admit(host: Peer, guestPeerId: string): SignalingErrorCode | null {
    if (host.role !== 'host') return 'forbidden';
    const guest = this.peers.get(guestPeerId);
    if (guest === undefined) return 'unknown_peer';
    if (guest.admitted) return null;
    if (this.admittedCount() >= signalingServerLimits.maximumAdmittedPeers) return 'room_full';
    guest.admitted = true;
    // A guest admitted while briefly disconnected is let straight in when it reconnects with its peerId.
    if (guest.connection !== null) this.announceJoined(guest);
    return null;
  }

  deny(host: Peer, guestPeerId: string): SignalingErrorCode | null {
    if (host.role !== 'host') return 'forbidden';
    const guest = this.peers.get(guestPeerId);
    if (guest === undefined) return 'unknown_peer';
    if (guest.role !== 'guest') return 'forbidden';
    const connection = guest.connection;
    this.remove(guest);
    connection?.send(
      serializeFrame({ type: 'error', code: 'denied', message: 'The host did not let you in.' }),
    );
    connection?.close(1000, 'denied');
    return null;
  }

  relaySignal(sender: Peer, targetPeerId: string, data: unknown): SignalingErrorCode | null {
    const target = this.peers.get(targetPeerId);
    if (target === undefined) return 'unknown_peer';
    const text = serializeFrame({ type: 'signal', from: sender.peerId, data });
    if (Buffer.byteLength(text) > signalingProtocolLimits.maximumFrameBytes) return 'frame_too_large';
    target.deliver(text);
    return null;
  }

  broadcast(sender: Peer, data: unknown): SignalingErrorCode | null {
    const text = serializeFrame({ type: 'broadcast', from: sender.peerId, data });
    if (Buffer.byteLength(text) > signalingProtocolLimits.maximumFrameBytes) return 'frame_too_large';
    for (const peer of this.activePeersExcept(sender)) peer.connection?.send(text);
    return null;
  }

  // The socket went away; the slot is kept for the reconnect grace period so the peer can resume with its peerId.
  disconnect(peer: Peer, connection: PeerConnection, nowMilliseconds = Date.now()): void {
    if (peer.connection !== connection) return;
    this.detach(peer, nowMilliseconds);
  }

  // An explicit leave frees the slot at once instead of after the grace period.
  leave(peer: Peer): void {
    const connection = peer.connection;
    this.remove(peer);
    connection?.close(1000, 'left');
  }

  releaseDisconnectedPeers(nowMilliseconds: number, graceMilliseconds: number): void {
    for (const peer of this.peers.values()) {
      const disconnectedAt = peer.disconnectedAtMilliseconds;
      if (
        peer.connection === null &&
        disconnectedAt !== null &&
        nowMilliseconds - disconnectedAt >= graceMilliseconds
      ) {
        peer.clearQueue();
        this.peers.delete(peer.peerId);
      }
    }
  }

  expire(): void {
    if (this.expired) return;
    this.expired = true;
    const expiredFrame = serializeFrame({
      type: 'error',
      code: 'room_expired',
      message: 'This room has expired.',
    });
    for (const peer of this.peers.values()) {
      const connection = peer.connection;
      peer.connection = null;
      peer.clearQueue();
      connection?.send(expiredFrame);
      connection?.close(1000, 'room_expired');
    }
    this.peers.clear();
  }

  // peerIds are visible to other peers, so resuming a slot also takes its resumeToken; anything less is a fresh join.
  private resumablePeer(
    role: PeerRole,
    resume: { peerId: string; resumeToken: string | undefined } | undefined,
  ): Peer | undefined {
    if (resume === undefined) return undefined;
    const previous = this.peers.get(resume.peerId);
    if (previous === undefined || previous.role !== role) return undefined;
    if (resume.resumeToken === undefined || !tokensMatch(resume.resumeToken, previous.resumeToken)) {
      return undefined;
    }
    return previous;
  }

  private attach(peer: Peer, connection: PeerConnection): void {
    peer.connection = connection;
    peer.disconnectedAtMilliseconds = null;
    if (peer.admitted) {
      this.announceJoined(peer);
    } else {
      connection.send(
        serializeFrame({ type: 'waiting', peerId: peer.peerId, resumeToken: peer.resumeToken }),
      );
      this.sendToActiveHosts({ type: 'guest-waiting', peerId: peer.peerId, name: peer.name });
    }
  }

  private announceJoined(peer: Peer): void {
    const others = this.activePeersExcept(peer);
    peer.connection?.send(
      serializeFrame({
        type: 'joined',
        peerId: peer.peerId,
        resumeToken: peer.resumeToken,
        role: peer.role,
        peers: others.map((other) => other.summary),
        iceServers: this.createIceServers(),
        expiresAt: this.expiresAt,
      }),
    );
    if (peer.role === 'host') {
      for (const waiting of this.peers.values()) {
        if (!waiting.admitted && waiting.connection !== null) {
          peer.connection?.send(
            serializeFrame({ type: 'guest-waiting', peerId: waiting.peerId, name: waiting.name }),
          );
        }
      }
    }
    peer.flushQueue();
    const joinedFrame = serializeFrame({ type: 'peer-joined', ...peer.summary });
    for (const other of others) other.connection?.send(joinedFrame);
  }

  private detach(peer: Peer, nowMilliseconds = Date.now()): void {
    const wasActive = peer.isActive;
    peer.connection = null;
    peer.disconnectedAtMilliseconds = nowMilliseconds;
    const leftFrame: ServerFrame = { type: 'peer-left', peerId: peer.peerId };
    // Everyone in the call hears about call members; only hosts ever knew about a waiting guest.
    if (wasActive) {
      for (const other of this.activePeersExcept(peer)) other.connection?.send(serializeFrame(leftFrame));
    } else {
      this.sendToActiveHosts(leftFrame);
    }
  }

  private remove(peer: Peer): void {
    if (peer.connection !== null) this.detach(peer);
    peer.clearQueue();
    this.peers.delete(peer.peerId);
  }

  private sendToActiveHosts(frame: ServerFrame): void {
    const text = serializeFrame(frame);
    for (const peer of this.peers.values()) {
      if (peer.role === 'host' && peer.isActive) peer.connection?.send(text);
    }
  }

  private activePeersExcept(excluded: Peer): Peer[] {
    return [...this.peers.values()].filter((peer) => peer !== excluded && peer.isActive);
  }

  private admittedCount(): number {
    let count = 0;
    for (const peer of this.peers.values()) if (peer.admitted) count += 1;
    return count;
  }

  private waitingCount(): number {
    return this.peers.size - this.admittedCount();
  }
}
