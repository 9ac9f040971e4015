import type { CallCore } from '../CallCore.ts';
import type { CallProblem } from '../CallSnapshot.ts';
import type { RoomAccess } from '../RoomAccess.ts';
import type { Signaling, SignalingEvent, SignalingFactory } from '../Signaling.ts';
import { terminalSignalingErrors } from '../terminalSignalingErrors.ts';
import type { ClientFrame } from '../../../shared/signaling/ClientFrame.ts';
import type { ServerFrame } from '../../../shared/signaling/ServerFrame.ts';

type Frame<Type extends ServerFrame['type']> = Extract<ServerFrame, { type: Type }>;

/** What the signalling runner hands on to the peer session: the frames about peers and their connection. */
export type RoomEvents = {
  joined(event: Frame<'joined'>): void;
  guestWaiting(event: Frame<'guest-waiting'>): void;
  peerJoined(event: Frame<'peer-joined'>): void;
  peerLeft(event: Frame<'peer-left'>): void;
  signal(from: string, data: unknown): void;
  /** True once media has flowed peer to peer: from then on the call does not need the server. */
  inCall(): boolean;
};

const problemByErrorCode: Partial<Record<string, CallProblem>> = {
  room_expired: 'room_expired',
  room_full: 'room_full',
  room_closed: 'room_closed',
  unknown_room: 'unknown_room',
  invalid_token: 'invalid_token',
  denied: 'denied',
};

/** A server that never answers the join in this time is as good as unreachable: say so instead of waiting. */
const firstContactMilliseconds = 5000;

/** The signalling session effect runner: one connection to the room, its ups and downs, and room-level refusals. */
export class SignalingRunner {
  private readonly core: CallCore;
  private readonly createSignaling: SignalingFactory;
  private readonly events: RoomEvents;
  private signaling: Signaling | null = null;
  private everOnline = false;
  /**
   * The socket dropped, the client gave up, or the room vanished mid-call: renegotiation then goes peer to peer
   * rather than into an outbox that may never be delivered.
   */
  private lost = false;
  private firstContact: ReturnType<typeof setTimeout> | null = null;

  constructor(core: CallCore, createSignaling: SignalingFactory, events: RoomEvents) {
    this.core = core;
    this.createSignaling = createSignaling;
    this.events = events;
    core.onRelease(() => this.close());
  }

  get connected(): boolean {
    return this.signaling !== null;
  }

  /** Frames sent now can still reach the room (perhaps after a reconnect). */
  get usable(): boolean {
    return this.signaling !== null && !this.lost;
  }

  connect(access: RoomAccess): void {
    if (this.signaling) return;
    this.signaling = this.createSignaling({
      url: access.webSocketUrl,
      roomId: access.roomId,
      token: access.token,
      name: access.name,
      onEvent: (event) => this.handle(event),
    });
    this.signaling.connect();
    this.firstContact = setTimeout(() => {
      this.firstContact = null;
      if (!this.everOnline && !this.events.inCall()) this.core.finish('failed', 'server_unreachable', null);
    }, firstContactMilliseconds);
  }

  send(frame: ClientFrame): void {
    this.signaling?.send(frame);
  }

  /** Leaves the room; `endRoom` (the host hanging up) closes it for good, so the guest link stops working. */
  close(endRoom = false): void {
    if (this.firstContact) clearTimeout(this.firstContact);
    this.firstContact = null;
    this.signaling?.close(endRoom ? { endRoom } : undefined);
    this.signaling = null;
  }

  private handle(event: SignalingEvent): void {
    if (this.core.isOver()) return;
    // Any frame from the server, or a socket that reached it, proves the link works.
    if (event.type !== 'gave-up' && (event.type !== 'connection' || event.online)) this.everOnline = true;
    switch (event.type) {
      case 'connection':
        this.lost = !event.online;
        this.core.update({ signalingOnline: event.online });
        return;
      case 'gave-up':
        this.lost = true;
        this.core.update({ signalingOnline: false });
        // A call already flowing peer to peer does not need the server; anything earlier does.
        if (event.reason === 'replaced') this.core.finish('failed', 'replaced', null);
        else if (!this.events.inCall() && event.reason === 'attempts')
          this.core.finish('failed', 'server_unreachable', null);
        return;
      case 'error':
      case 'refused':
        this.handleRefusal(event.code);
        return;
      case 'waiting':
        if (this.core.role === 'guest') this.core.update({ admission: 'waiting' });
        return;
      case 'joined':
        this.events.joined(event);
        return;
      case 'guest-waiting':
        if (this.core.role !== 'host') return;
        this.core.update({
          waitingGuests: [
            ...this.core.snapshot.waitingGuests.filter((guest) => guest.peerId !== event.peerId),
            { peerId: event.peerId, name: event.name },
          ],
        });
        this.events.guestWaiting(event);
        return;
      case 'peer-joined':
        this.events.peerJoined(event);
        return;
      case 'peer-left':
        this.core.update({
          waitingGuests: this.core.snapshot.waitingGuests.filter((guest) => guest.peerId !== event.peerId),
        });
        this.events.peerLeft(event);
        return;
      case 'signal':
        this.events.signal(event.from, event.data);
        return;
      case 'broadcast':
        return;
    }
  }

  private handleRefusal(code: string): void {
    if (!terminalSignalingErrors.has(code)) return;
    // The room may expire, close or vanish with a restarted server mid-call: the media path does not go through
    // the server, so the call carries on (being turned away by the host is another matter).
    if (this.events.inCall() && code !== 'denied') {
      this.lost = true;
      this.core.update({ signalingOnline: false });
      return;
    }
    this.core.finish('failed', problemByErrorCode[code] ?? 'connection_lost', null);
  }
}
