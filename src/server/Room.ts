import { closeCodes } from './closeCodes.ts';
import { createRandomIdentifier } from './createRandomIdentifier.ts';
import type { IceServer } from '../shared/signaling/IceServer.ts';
import type { KnockRefusalReason } from '../shared/signaling/KnockRefusalReason.ts';
import { Peer } from './Peer.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { PeerRole } from '../shared/signaling/PeerRole.ts';
import type { RoomRecord } from './RoomRecord.ts';
import { serializeFrame } from './serializeFrame.ts';
import type { ServerFrame } from '../shared/signaling/ServerFrame.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';
import { signalingErrorMessages } from './signalingErrorMessages.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { TokenBucket } from './TokenBucket.ts';
import { tokensMatch } from './tokensMatch.ts';

interface RoomSettings {
  roomId: string;
  hostToken: string;
  guestToken: string;
  hostName: string | null;
  intro: string | null;
  company?: string | null;
  interviewTitle?: string | null;
  startsAt?: string | null;
  photo?: string | null;
  expiresAtMilliseconds: number;
  createIceServers: () => IceServer[];
}

type Resume = { peerId: string; resumeToken: string | undefined } | undefined;

// One interview room: who is in it, who waits in the lobby, and the relay between them. Holds no I/O of its own.
export class Room {
  readonly roomId: string;
  readonly hostName: string | null;
  readonly intro: string | null;
  readonly company: string | null;
  readonly interviewTitle: string | null;
  readonly startsAt: string | null;
  readonly photo: string | null;
  readonly expiresAtMilliseconds: number;
  // Called after every change a process taking the room over would need (slots, names, admissions).
  onChange: (() => void) | null = null;
  // Since when nobody has been connected, once somebody was; the registry closes rooms left empty too long.
  emptySinceMilliseconds: number | null = null;
  private readonly hostToken: string;
  private readonly guestToken: string;
  private readonly createIceServers: () => IceServer[];
  private readonly peers = new Map<string, Peer>();
  // A stranger with the room id can make knocks fail at will; hosts hear of a few, not a flood.
  private readonly knockReports = new TokenBucket(
    signalingServerLimits.knockRefusalReportBurst,
    signalingServerLimits.knockRefusalReportsPerSecond,
  );
  private ended: SignalingErrorCode | null = null;

  constructor(settings: RoomSettings) {
    this.roomId = settings.roomId;
    this.hostToken = settings.hostToken;
    this.guestToken = settings.guestToken;
    this.hostName = settings.hostName;
    this.intro = settings.intro;
    this.company = settings.company ?? null;
    this.interviewTitle = settings.interviewTitle ?? null;
    this.startsAt = settings.startsAt ?? null;
    this.photo = settings.photo ?? null;
    this.expiresAtMilliseconds = settings.expiresAtMilliseconds;
    this.createIceServers = settings.createIceServers;
  }

  // A room taken over from a process that died: every slot is kept, every peer counts as just disconnected.
  static restore(record: RoomRecord, createIceServers: () => IceServer[], nowMilliseconds: number): Room {
    const room = new Room({ ...record, createIceServers });
    for (const slot of record.peers) {
      const peer = new Peer(slot.peerId, slot.role, slot.name, slot.admitted, slot.resumeToken);
      peer.disconnectedAtMilliseconds = nowMilliseconds;
      room.peers.set(peer.peerId, peer);
    }
    if (room.peers.size > 0) room.emptySinceMilliseconds = nowMilliseconds;
    return room;
  }

  // Only the room's creator ever sees these, in the POST /api/rooms response.
  get tokens(): { hostToken: string; guestToken: string } {
    return { hostToken: this.hostToken, guestToken: this.guestToken };
  }

  get expiresAt(): string {
    return new Date(this.expiresAtMilliseconds).toISOString();
  }

  get hasEnded(): boolean {
    return this.ended !== null;
  }

  get record(): RoomRecord {
    return {
      roomId: this.roomId,
      hostToken: this.hostToken,
      guestToken: this.guestToken,
      hostName: this.hostName,
      intro: this.intro,
      company: this.company,
      interviewTitle: this.interviewTitle,
      startsAt: this.startsAt,
      photo: this.photo,
      expiresAtMilliseconds: this.expiresAtMilliseconds,
      status: this.ended === 'room_closed' ? 'closed' : 'open',
      peers: [...this.peers.values()].map((peer) => peer.record),
    };
  }

  isExpiredAt(nowMilliseconds: number): boolean {
    return this.ended === 'room_expired' || nowMilliseconds >= this.expiresAtMilliseconds;
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
    resume: Resume,
    connection: PeerConnection,
  ): { peer: Peer } | { error: SignalingErrorCode } {
    const previous = this.resumablePeer(role, resume);
    if (previous !== undefined) {
      if (previous.connection !== null) {
        const replaced = previous.connection;
        this.detach(previous);
        replaced.close(closeCodes.replaced, 'replaced');
      }
      previous.name = name;
      this.attach(previous, connection);
      this.changed();
      return { peer: previous };
    }
    // Guests are refused up front when the call is full: waiting in a lobby that can never admit them helps nobody.
    if (this.admittedCount() >= signalingServerLimits.maximumAdmittedPeers) {
      if (role === 'guest') this.reportRefusedKnock('room_full', name);
      return { error: 'room_full' };
    }
    if (role === 'guest' && this.waitingCount() >= signalingServerLimits.maximumWaitingGuests) {
      this.reportRefusedKnock('lobby_full', name);
      return { error: 'room_full' };
    }
    if (role === 'guest') this.forgetOldestDroppedKnockers();
    const peer = new Peer(createRandomIdentifier(), role, name, role === 'host');
    this.peers.set(peer.peerId, peer);
    this.attach(peer, connection);
    this.changed();
    return { peer };
  }

  // Tells the hosts in the call that someone with this room's link was turned away before reaching the lobby.
  reportRefusedKnock(reason: KnockRefusalReason, name: string): void {
    if (!this.hasActiveHost() || !this.knockReports.tryTake()) return;
    this.sendToActiveHosts({ type: 'knock-refused', reason, name });
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
    this.changed();
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
      serializeFrame({ type: 'error', code: 'denied', message: signalingErrorMessages.denied }),
    );
    connection?.close(closeCodes.normal, 'denied');
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
    connection?.close(closeCodes.normal, 'left');
  }

  releaseDisconnectedPeers(nowMilliseconds: number, graceMilliseconds: number): void {
    let released = false;
    for (const peer of this.peers.values()) {
      const disconnectedAt = peer.disconnectedAtMilliseconds;
      if (
        peer.connection === null &&
        disconnectedAt !== null &&
        nowMilliseconds - disconnectedAt >= graceMilliseconds
      ) {
        peer.clearQueue();
        this.peers.delete(peer.peerId);
        released = true;
      }
    }
    if (released) this.changed();
  }

  // Expiry or closing: everyone still connected is told why and let go, and no slot survives.
  end(code: 'room_expired' | 'room_closed'): void {
    if (this.ended !== null) return;
    this.ended = code;
    const frame = serializeFrame({ type: 'error', code, message: signalingErrorMessages[code] });
    for (const peer of this.peers.values()) {
      const connection = peer.connection;
      peer.connection = null;
      peer.clearQueue();
      connection?.send(frame);
      connection?.close(closeCodes.normal, code);
    }
    this.peers.clear();
  }

  // Another process runs this room now: every socket is let go, to resume there, and nothing ends.
  letGo(): void {
    for (const peer of this.peers.values()) {
      const connection = peer.connection;
      peer.connection = null;
      connection?.close(closeCodes.serviceRestart, 'room moved');
    }
  }

  // peerIds are visible to other peers, so resuming a slot also takes its resumeToken; anything less is a fresh join.
  private resumablePeer(role: PeerRole, resume: Resume): Peer | undefined {
    if (resume === undefined) return undefined;
    const previous = this.peers.get(resume.peerId);
    if (previous === undefined || previous.role !== role) return undefined;
    if (resume.resumeToken === undefined || !tokensMatch(resume.resumeToken, previous.resumeToken)) {
      return undefined;
    }
    return previous;
  }

  // Guests who knocked and dropped keep their slot for a resume, but never a lobby place, and only so many are kept.
  private forgetOldestDroppedKnockers(): void {
    const dropped = [...this.peers.values()].filter((peer) => !peer.admitted && peer.connection === null);
    const excess = dropped.length - signalingServerLimits.maximumDroppedKnockersKept + 1;
    if (excess <= 0) return;
    dropped.sort(
      (first, second) => (first.disconnectedAtMilliseconds ?? 0) - (second.disconnectedAtMilliseconds ?? 0),
    );
    for (const peer of dropped.slice(0, excess)) {
      peer.clearQueue();
      this.peers.delete(peer.peerId);
    }
  }

  private attach(peer: Peer, connection: PeerConnection): void {
    peer.connection = connection;
    peer.disconnectedAtMilliseconds = null;
    this.emptySinceMilliseconds = null;
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
        if (waiting.isWaiting) {
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
    if (![...this.peers.values()].some((other) => other.connection !== null)) {
      this.emptySinceMilliseconds = nowMilliseconds;
    }
  }

  private remove(peer: Peer): void {
    if (peer.connection !== null) this.detach(peer);
    peer.clearQueue();
    this.peers.delete(peer.peerId);
    this.changed();
  }

  private changed(): void {
    this.onChange?.();
  }

  private hasActiveHost(): boolean {
    return [...this.peers.values()].some((peer) => peer.role === 'host' && peer.isActive);
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

  // Only guests knocking right now take a lobby place; one that dropped cannot lock the real candidate out.
  private waitingCount(): number {
    let count = 0;
    for (const peer of this.peers.values()) if (peer.isWaiting) count += 1;
    return count;
  }
}
