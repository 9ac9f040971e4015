import type { CallCore } from '../CallCore.ts';
import type { PeerFactory, PeerLink } from '../PeerLink.ts';
import type { PeerMessage } from '../messages/PeerMessage.ts';
import { parsePeerMessage } from '../messages/parsePeerMessage.ts';
import { recordingMessageFor } from '../recording/recordingMessageFor.ts';
import type { SignalEnvelope } from '../messages/SignalEnvelope.ts';
import type { ClientFrame } from '../../../shared/signaling/ClientFrame.ts';
import type { ServerFrame } from '../../../shared/signaling/ServerFrame.ts';
import { applyPeerMessage } from './applyPeerMessage.ts';
import { ConnectionRecovery } from './ConnectionRecovery.ts';
import { HostOffer } from './HostOffer.ts';
import { stateMessagesFor } from './stateMessagesFor.ts';
import type { PeerSessionTimings } from './PeerSessionTimings.ts';
import { TokenBucket } from './TokenBucket.ts';
import type { RoomEvents } from './SignalingRunner.ts';

type Frame<Type extends ServerFrame['type']> = Extract<ServerFrame, { type: Type }>;

export type PeerSessionOptions = {
  createPeer: PeerFactory;
  createId: () => string;
  timings: PeerSessionTimings;
  /** The stream to send, and the video track on the wire (the shared screen while sharing). */
  localStream(): MediaStream | null;
  outgoingVideo(): MediaStreamTrack | null;
  sendFrame(frame: ClientFrame): void;
  /** False once the signalling server is gone for good (gave up, or the room vanished mid-call). */
  signalingUsable(): boolean;
};

/**
 * The peer session effect runner: one WebRTC connection at a time ("session", with its own id, so signals of a
 * replaced connection are ignored), the offer the host prepares in the lobby, and recovery. When ICE fails, stays
 * disconnected past the grace period, or media stops coming in, ICE is restarted on the same connection; only if
 * that does not bring it back in time is the connection rebuilt.
 */
export class PeerSessionRunner implements RoomEvents {
  private readonly core: CallCore;
  private readonly options: PeerSessionOptions;
  private readonly offer: HostOffer;
  /** A person types a few lines a minute; a flood from a modified client is dropped, not rendered. */
  private readonly chatGate = new TokenBucket(50, 5);
  private peer: PeerLink | null = null;
  private peerConnected = false;
  private session: string | null = null;
  private remotePeerId: string | null = null;
  private iceServers: RTCIceServer[] = [];
  private iceTransportPolicy: RTCIceTransportPolicy = 'all';
  private readonly recovery: ConnectionRecovery;
  private lastIceRestartAt = 0;
  /** The other side's stream, kept while reconnecting on the same connection, shown again once it works. */
  private keptRemoteStream: MediaStream | null = null;

  constructor(core: CallCore, options: PeerSessionOptions) {
    this.core = core;
    this.options = options;
    this.offer = new HostOffer();
    this.recovery = new ConnectionRecovery(core, options.timings, {
      restartIce: () => {
        if (this.core.role === 'host') this.restartIce();
        else if (this.session) this.sendEnvelope({ session: this.session, control: 'ice-restart' });
      },
      rebuild: () => this.rebuild(),
      keptRemoteStream: () => this.keptRemoteStream,
      sendQuality: (reading) => this.sendToPeer({ type: 'quality', report: reading.report }),
    });
    core.onRelease(() => {
      this.recovery.stop();
      this.destroyPeer();
    });
  }

  get currentPeer(): PeerLink | null {
    return this.peer;
  }

  inCall(): boolean {
    return this.peerConnected;
  }

  useTransportPolicy(policy: RTCIceTransportPolicy): void {
    this.iceTransportPolicy = policy;
  }

  // ── Host admission ──────────────────────────────────────────────────────────────────────────

  admit(peerId: string): void {
    const guest = this.core.snapshot.waitingGuests.find((waiting) => waiting.peerId === peerId);
    if (this.core.role !== 'host' || !guest) return;
    // An offer made for someone else (or one that broke while waiting) is dropped; peer-joined starts a fresh one.
    if (!this.offer.isFor(peerId) || !this.peer) this.dropPreparedOffer();
    this.options.sendFrame({ type: 'admit', peerId });
    this.core.update({
      waitingGuests: this.core.snapshot.waitingGuests.filter((waiting) => waiting.peerId !== peerId),
      remote: { name: guest.name, muted: false, cameraOff: false, screenSharing: false },
      remoteDevices: { camera: 'working', microphone: 'working' },
      remoteLeft: false,
    });
    this.remotePeerId = peerId;
    if (this.core.snapshot.state === 'lobby') this.core.transition('connecting');
  }

  deny(peerId: string): void {
    if (this.core.role !== 'host') return;
    this.options.sendFrame({ type: 'deny', peerId });
    this.core.update({
      waitingGuests: this.core.snapshot.waitingGuests.filter((waiting) => waiting.peerId !== peerId),
    });
    if (this.offer.isFor(peerId)) {
      this.dropPreparedOffer();
      this.prepareOffer();
    }
  }

  // ── Room events (from the signalling runner) ────────────────────────────────────────────────

  joined(event: Frame<'joined'>): void {
    this.iceServers = event.iceServers ?? [];
    if (this.core.role === 'guest') {
      this.core.update({ admission: 'admitted' });
      const host = event.peers.find((peer) => peer.role === 'host');
      if (host) this.setRemote(host.peerId, host.name);
      if (this.core.snapshot.state === 'lobby') this.core.transition('connecting');
      return;
    }
    // A host that reconnected to signalling finds its guest still there: rebuild only if the media path broke.
    const guest = event.peers.find((peer) => peer.role === 'guest');
    if (guest && (!this.peerConnected || guest.peerId !== this.remotePeerId)) {
      this.dropPreparedOffer();
      this.setRemote(guest.peerId, guest.name);
      if (this.core.snapshot.state === 'lobby') this.core.transition('connecting');
      this.startSession();
      return;
    }
    this.prepareOffer();
  }

  guestWaiting(event: Frame<'guest-waiting'>): void {
    if (this.offer.awaitingGuest() && this.peer) {
      this.remotePeerId = event.peerId;
      for (const envelope of this.offer.bindTo(event.peerId)) this.sendEnvelope(envelope);
    } else {
      this.prepareOffer();
    }
  }

  peerJoined(event: Frame<'peer-joined'>): void {
    if (this.core.role === 'guest') {
      if (event.role === 'host') this.setRemote(event.peerId, event.name);
      return;
    }
    if (event.role !== 'guest') return;
    if (this.offer.isFor(event.peerId) && this.peer) {
      // Admitted: the offer made while they waited is already on its way to them.
      this.offer.clear();
      if (this.core.snapshot.state === 'lobby') this.core.transition('connecting');
      return;
    }
    if (event.peerId === this.remotePeerId && this.peerConnected) return;
    this.setRemote(event.peerId, event.name);
    if (this.core.snapshot.state === 'lobby') this.core.transition('connecting');
    this.startSession();
  }

  peerLeft(event: Frame<'peer-left'>): void {
    if (this.offer.isFor(event.peerId) && this.core.snapshot.state === 'lobby') {
      this.dropPreparedOffer();
      this.prepareOffer();
    }
  }

  signal(from: string, data: unknown): void {
    if (!data || typeof data !== 'object' || typeof (data as SignalEnvelope).session !== 'string') return;
    const envelope = data as SignalEnvelope;
    if (this.core.role === 'host') {
      // Only the guest the host admitted may steer its connection.
      if (!this.remotePeerId || from !== this.remotePeerId) return;
      if (envelope.control === 'bye') return this.handleRemoteBye();
      if (envelope.session !== this.session) return;
      if (envelope.control === 'restart') return this.startSession();
      if (envelope.control === 'ice-restart') return this.restartIceOnRequest();
      if (envelope.signal !== undefined) this.peer?.signal(envelope.signal);
      return;
    }
    if (this.remotePeerId !== from) this.setRemote(from, this.core.snapshot.remote.name);
    if (envelope.control === 'bye') return this.handleRemoteBye();
    if (envelope.control) return;
    // Guest: a new session id means the host rebuilt the connection; follow it.
    if (envelope.session !== this.session || !this.peer) this.createSessionPeer(envelope.session, false);
    if (envelope.signal !== undefined) this.peer?.signal(envelope.signal);
  }

  // ── In the call ─────────────────────────────────────────────────────────────────────────────

  /** Sends over the data channel once the connection is up; false when there is none to send on. */
  sendToPeer(message: PeerMessage): boolean {
    if (!this.peer || !this.peerConnected) return false;
    this.peer.send(message);
    return true;
  }

  /** The last word: a `bye` through signalling too, whichever arrives first. */
  sayGoodbye(): void {
    this.sendToPeer({ type: 'bye' });
    if (this.remotePeerId && this.session) this.sendEnvelope({ session: this.session, control: 'bye' });
  }

  /** Tests only: make the current connection fail as a dead network would (see PeerLink). */
  simulateNetworkFailure(holdMilliseconds: number): void {
    this.peer?.simulateNetworkFailure(holdMilliseconds);
  }

  // ── Sessions ────────────────────────────────────────────────────────────────────────────────

  private setRemote(peerId: string, name: string | null): void {
    this.remotePeerId = peerId;
    if (name !== this.core.snapshot.remote.name)
      this.core.update({ remote: { ...this.core.snapshot.remote, name } });
  }

  /**
   * Host, in the lobby with nobody in the call: makes the offer now, addressed to the first waiting guest or, with
   * nobody waiting yet, held until someone is. The server keeps it (and the ICE candidates) until that guest is
   * admitted, and drops it if they are turned away or leave, so nothing reaches anyone who was not let in.
   */
  private prepareOffer(): void {
    if (this.core.role !== 'host' || this.core.snapshot.state !== 'lobby' || this.peer) return;
    this.remotePeerId = this.offer.prepare(this.core.snapshot.waitingGuests[0]?.peerId ?? null);
    this.createSessionPeer(this.options.createId(), true);
  }

  private dropPreparedOffer(): void {
    if (!this.offer.active) return;
    this.offer.clear();
    this.remotePeerId = null;
    this.session = null;
    this.destroyPeer();
  }

  /** Host: a brand-new peer connection (first connection or a rebuild), announced to the guest by its session id. */
  private startSession(): void {
    if (this.core.role !== 'host' || !this.remotePeerId || this.core.isOver()) return;
    this.createSessionPeer(this.options.createId(), true);
  }

  private createSessionPeer(session: string, initiator: boolean): void {
    this.destroyPeer();
    this.session = session;
    // The answerer gets the remote stream while it is still making its answer; showing it (a big re-render) waits
    // until the answer is out, so the answer is not delayed by React.
    let answered = initiator;
    let heldStream: MediaStream | null = null;
    const stream = this.options.localStream();
    const peer = this.options.createPeer({
      initiator,
      stream,
      iceServers: this.iceServers,
      iceTransportPolicy: this.iceTransportPolicy,
      onSignal: (signal) => {
        if (this.peer !== peer) return;
        this.sendEnvelope({ session, signal });
        if (!answered && (signal as { type?: string } | null)?.type === 'answer') {
          answered = true;
          if (heldStream) this.core.update({ remoteStream: heldStream });
          heldStream = null;
        }
      },
      onConnect: () => {
        if (this.peer === peer) this.handlePeerConnected();
      },
      onStream: (remote) => {
        if (this.peer !== peer) return;
        this.keptRemoteStream = remote;
        if (this.core.snapshot.state === 'reconnecting') return;
        if (answered) this.core.update({ remoteStream: remote });
        else heldStream = remote;
      },
      onMessage: (message) => {
        const checked = parsePeerMessage(message);
        if (this.peer !== peer || !checked) return;
        if (checked.type === 'chat' && !this.chatGate.take()) return;
        applyPeerMessage(this.core, checked, {
          bye: () => this.handleRemoteBye(),
          signal: (envelope) => this.remotePeerId && this.signal(this.remotePeerId, envelope),
        });
      },
      onIceState: (state) => {
        if (this.peer === peer) this.handleIceState(state);
      },
      onClose: () => {
        if (this.peer === peer) this.handlePeerLost();
      },
    });
    this.peer = peer;
    // Sharing the screen when the connection is rebuilt: the new connection sends the screen too.
    const video = this.options.outgoingVideo();
    const camera = stream?.getVideoTracks()[0];
    if (video && camera && video !== camera && stream) peer.replaceTrack(camera, video, stream);
  }

  private sendEnvelope(envelope: SignalEnvelope): void {
    if (!this.remotePeerId) {
      this.offer.hold(envelope);
      return;
    }
    // With the server gone (restarted, room lost) a renegotiation still reaches the other side peer to peer.
    if (!this.options.signalingUsable() && this.peer && this.peerConnected) {
      this.peer.send({ type: 'signal', data: envelope });
      return;
    }
    this.options.sendFrame({ type: 'signal', to: this.remotePeerId, data: envelope });
  }

  private handlePeerConnected(): void {
    this.peerConnected = true;
    const peer = this.peer;
    if (peer) this.recovery.connected(peer, () => this.peer === peer);
    this.core.startClock();
    for (const message of stateMessagesFor(this.core.snapshot)) this.sendToPeer(message);
    this.askToRecord();
  }

  /** Host: asks the guest's consent once connected (again after a reconnection, if unanswered); re-sends REC. */
  askToRecord(): void {
    const message = recordingMessageFor(this.core.snapshot.recording);
    if (this.core.role !== 'host' || !this.peerConnected || !message) return;
    if (this.sendToPeer(message) && message.type === 'recording-request')
      this.core.update({ recording: { ...this.core.snapshot.recording, consent: 'asked' } });
  }

  // ── Recovery (ConnectionRecovery decides when; these are the how) ─────────────────────────────

  private handleIceState(state: RTCIceConnectionState): void {
    if (this.peerConnected) this.recovery.iceState(state);
  }

  private restartIce(): void {
    this.lastIceRestartAt = Date.now();
    this.peer?.restartIce();
  }

  /** The guest asks for a restart: both sides noticing at once asks twice, and one restart answers both. */
  private restartIceOnRequest(): void {
    if (Date.now() - this.lastIceRestartAt < 1000) return;
    this.restartIce();
  }

  private handlePeerLost(): void {
    this.destroyPeer();
    if (this.core.isOver()) return;
    if (this.core.snapshot.state === 'lobby') {
      // A prepared offer broke before anyone was admitted; admitting will start a fresh one.
      this.offer.clear();
      this.remotePeerId = null;
      return;
    }
    this.recovery.lost();
  }

  private rebuild(): void {
    if (this.core.role === 'host') {
      this.startSession();
    } else if (this.session) {
      // Only the host makes offers, so the guest asks for a fresh one.
      this.sendEnvelope({ session: this.session, control: 'restart' });
      this.destroyPeer();
    }
  }

  /** The other side hung up: a guest's call is over; the host goes back to the lobby to wait or end. */
  private handleRemoteBye(): void {
    if (this.core.role === 'guest') {
      this.core.finish('ended', null, 'remote');
      return;
    }
    this.destroyPeer();
    this.session = null;
    this.remotePeerId = null;
    this.recovery.stop();
    this.core.update({
      remoteStream: null,
      remoteLeft: true,
      remote: { name: this.core.snapshot.remote.name, muted: false, cameraOff: false, screenSharing: false },
      remoteDevices: { camera: 'working', microphone: 'working' },
      quality: { local: null, remote: null },
    });
    this.core.transition('lobby');
    this.prepareOffer();
  }

  private destroyPeer(): void {
    const peer = this.peer;
    this.peer = null;
    this.peerConnected = false;
    this.keptRemoteStream = null;
    this.recovery.forgetConnection();
    peer?.destroy();
  }
}
