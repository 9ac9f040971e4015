import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import { callTransitions, type CallState } from './CallState.ts';
import type { CallProblem, CallRole, CallSnapshot, ChatMessage, WaitingGuest } from './CallSnapshot.ts';
import type { DeviceLists, MediaRequest } from './MediaDevices.ts';
import { MediaAccessError, toMediaAccessError } from './MediaDevices.ts';
import type { PeerFactory, PeerLink } from './PeerLink.ts';
import type { PeerMessage } from './PeerMessage.ts';
import type { Signaling, SignalingEvent, SignalingFactory } from './Signaling.ts';
import type { ServerFrame } from '../../shared/signaling/ServerFrame.ts';
import { terminalSignalingErrors } from './terminalSignalingErrors.ts';
import { summarizeStats, type CallStats } from './summarizeStats.ts';

export type CallMedia = {
  acquire(request: MediaRequest): Promise<MediaStream>;
  list(): Promise<DeviceLists>;
};

export type CallMachineOptions = {
  role: CallRole;
  localName?: string;
  createSignaling: SignalingFactory;
  createPeer: PeerFactory;
  media: CallMedia;
  /** How long a connection may stay broken before the call is declared lost. */
  reconnectTimeoutMilliseconds?: number;
  /** How long ICE may sit in "disconnected" before the peer is rebuilt instead of waited for. */
  disconnectedGraceMilliseconds?: number;
  createId?: () => string;
};

export type RoomAccess = {
  /** ws:// or wss:// address of the signalling server's /ws endpoint. */
  webSocketUrl: string;
  roomId: string;
  token: string;
  name: string;
  /** `relay` sends all media through TURN (hides both sides' addresses); `all` lets ICE pick. */
  iceTransportPolicy?: RTCIceTransportPolicy;
};

/** What travels inside a signalling `signal` frame: a peer's SDP/ICE, or a control word, tagged by session. */
type SignalEnvelope = { session: string; signal?: unknown; control?: 'restart' | 'bye' };

const maximumChatLength = 4000;

function isEnvelope(value: unknown): value is SignalEnvelope {
  return Boolean(value) && typeof value === 'object' && typeof (value as SignalEnvelope).session === 'string';
}

const problemByErrorCode: Partial<Record<string, CallProblem>> = {
  room_expired: 'room_expired',
  room_full: 'room_full',
  unknown_room: 'unknown_room',
  invalid_token: 'invalid_token',
  denied: 'denied',
};

/**
 * One call, from the lobby to hang-up, as a plain state machine with no React in it. The UI reads
 * `getSnapshot()` through `useSyncExternalStore` and calls the methods below; everything else (signalling,
 * the peer connection, devices, the timer, reconnection) happens in here.
 *
 * The host always makes the offer. Each peer connection is a "session" with its own id, so when a broken
 * connection is rebuilt (simple-peer has no ICE restart) stale signals from the old one are ignored.
 */
export class CallMachine {
  private readonly store: ExternalStore<CallSnapshot>;
  private readonly options: CallMachineOptions;
  private readonly createId: () => string;
  private disposed = false;
  private signaling: Signaling | null = null;
  private peer: PeerLink | null = null;
  private peerConnected = false;
  private session: string | null = null;
  private remotePeerId: string | null = null;
  /**
   * Host: the current peer is an offer made in the lobby, before anyone was admitted, so that admitting does not wait
   * for it. `preparedFor` is the waiting guest it is addressed to (the server holds signals for a guest until they
   * are admitted, and drops them if they are not); until a guest waits, its signals are kept in `heldSignals`.
   */
  private prepared = false;
  private preparedFor: string | null = null;
  private heldSignals: SignalEnvelope[] = [];
  private iceServers: RTCIceServer[] = [];
  private iceTransportPolicy: RTCIceTransportPolicy = 'all';
  /** The stream handed to the peer; its tracks are swapped in place when a device changes. */
  private sendStream: MediaStream | null = null;
  private clockTimer: ReturnType<typeof setInterval> | null = null;
  private reconnectDeadline: ReturnType<typeof setTimeout> | null = null;
  private disconnectedTimer: ReturnType<typeof setTimeout> | null = null;
  private startedAtMilliseconds: number | null = null;

  constructor(options: CallMachineOptions) {
    this.options = options;
    this.createId = options.createId ?? (() => crypto.randomUUID());
    this.store = new ExternalStore<CallSnapshot>({
      state: 'idle',
      role: options.role,
      localName: options.localName ?? '',
      localStream: null,
      remoteStream: null,
      devices: { cameras: [], microphones: [] },
      cameraId: null,
      microphoneId: null,
      muted: false,
      cameraOff: false,
      mediaProblem: null,
      mediaMessage: null,
      remote: { name: null, muted: false, cameraOff: false },
      admission: 'none',
      waitingGuests: [],
      chat: [],
      startedAt: null,
      endedAt: null,
      elapsedSeconds: 0,
      problem: null,
      endedBy: null,
      remoteLeft: false,
      signalingOnline: false,
    });
  }

  // ── For useSyncExternalStore ────────────────────────────────────────────────────────────────

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  getSnapshot = (): CallSnapshot => this.store.getSnapshot();

  private get snapshot(): CallSnapshot {
    return this.store.getSnapshot();
  }

  // ── Lobby ───────────────────────────────────────────────────────────────────────────────────

  /** idle → lobby: turns on camera and microphone for the preview. A device problem is shown, not fatal. */
  async openLobby(): Promise<void> {
    if (this.snapshot.state !== 'idle') return;
    this.transition('lobby');
    await this.startMedia();
  }

  /** After "camera blocked" or "no devices": ask again (the person may have fixed it meanwhile). */
  async retryMedia(): Promise<void> {
    if (this.isOver()) return;
    await this.startMedia();
  }

  async selectCamera(deviceId: string): Promise<void> {
    await this.switchDevice('video', deviceId);
  }

  async selectMicrophone(deviceId: string): Promise<void> {
    await this.switchDevice('audio', deviceId);
  }

  async refreshDevices(): Promise<void> {
    try {
      this.update({ devices: await this.options.media.list() });
    } catch {
      // Keep the lists we had.
    }
  }

  setMuted(muted: boolean): void {
    for (const track of this.sendStream?.getAudioTracks() ?? []) track.enabled = !muted;
    this.update({ muted });
    this.sendToPeer({ type: 'mute-state', muted });
  }

  setCameraOff(off: boolean): void {
    for (const track of this.sendStream?.getVideoTracks() ?? []) track.enabled = !off;
    this.update({ cameraOff: off });
    this.sendToPeer({ type: 'camera-state', off });
  }

  // ── Joining ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Connects to the room. The host stays in the lobby until it admits someone; a guest waits
   * (`admission: 'waiting'`) until the host lets it in, then moves to connecting.
   */
  connect(access: RoomAccess): void {
    if (this.signaling || this.isOver()) return;
    if (this.snapshot.state === 'idle') this.transition('lobby');
    this.iceTransportPolicy = access.iceTransportPolicy ?? 'all';
    this.update({
      localName: access.name,
      ...(this.snapshot.role === 'guest' ? { admission: 'waiting' } : {}),
    });
    this.signaling = this.options.createSignaling({
      url: access.webSocketUrl,
      roomId: access.roomId,
      token: access.token,
      name: access.name,
      onEvent: (event) => this.handleSignaling(event),
    });
    this.signaling.connect();
  }

  /** Host: let a waiting guest in. The offer goes out as soon as the server confirms they joined. */
  admit(peerId: string): void {
    if (this.snapshot.role !== 'host' || !this.signaling) return;
    const guest = this.snapshot.waitingGuests.find((waiting) => waiting.peerId === peerId);
    if (!guest) return;
    // An offer made for someone else (or one that broke while waiting) is dropped; peer-joined starts a fresh one.
    if (!this.prepared || this.preparedFor !== peerId || !this.peer) this.dropPreparedOffer();
    this.signaling.send({ type: 'admit', peerId });
    this.update({
      waitingGuests: this.snapshot.waitingGuests.filter((waiting) => waiting.peerId !== peerId),
      remote: { name: guest.name, muted: false, cameraOff: false },
      remoteLeft: false,
    });
    this.remotePeerId = peerId;
    if (this.snapshot.state === 'lobby') this.transition('connecting');
  }

  /** Host: turn a waiting guest away. */
  deny(peerId: string): void {
    if (this.snapshot.role !== 'host' || !this.signaling) return;
    this.signaling.send({ type: 'deny', peerId });
    this.update({
      waitingGuests: this.snapshot.waitingGuests.filter((waiting) => waiting.peerId !== peerId),
    });
    if (this.prepared && this.preparedFor === peerId) {
      this.dropPreparedOffer();
      this.prepareOffer();
    }
  }

  // ── In the call ─────────────────────────────────────────────────────────────────────────────

  /** Sends a chat line over the data channel. False when there is no connection to send it on. */
  sendChat(text: string): boolean {
    const trimmed = text.trim().slice(0, maximumChatLength);
    if (!trimmed || !this.peer || !this.peerConnected) return false;
    const message: ChatMessage = {
      id: this.createId(),
      from: 'local',
      name: this.snapshot.localName,
      text: trimmed,
      sentAt: new Date().toISOString(),
    };
    this.peer.send({
      type: 'chat',
      id: message.id,
      text: message.text,
      sentAt: message.sentAt,
      name: message.name,
    });
    this.update({ chat: [...this.snapshot.chat, message] });
    return true;
  }

  /** Hangs up: tells the other side (data channel and signalling, whichever arrives), then releases everything. */
  end(): void {
    if (this.isOver()) return;
    this.sendToPeer({ type: 'bye' });
    if (this.remotePeerId && this.session) this.sendEnvelope({ session: this.session, control: 'bye' });
    this.finish('ended', null, 'local');
  }

  /** Releases devices and connections without changing what the UI shows (e.g. the page is going away). */
  dispose(): void {
    this.disposed = true;
    this.teardown();
  }

  /** Connection statistics of the current peer, or null when there is none. */
  async stats(): Promise<CallStats | null> {
    const report = await this.peer?.getStats();
    return report ? summarizeStats(report) : null;
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────────

  private async startMedia(): Promise<void> {
    let stream: MediaStream;
    try {
      stream = await this.options.media.acquire({
        cameraId: this.snapshot.cameraId,
        microphoneId: this.snapshot.microphoneId,
      });
    } catch (error) {
      const problem = toMediaAccessError(error);
      this.update({ mediaProblem: problem.problem, mediaMessage: problem.message });
      return;
    }
    if (this.isOver()) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    if (this.sendStream) {
      for (const track of stream.getTracks()) this.installTrack(track);
    } else {
      for (const track of stream.getAudioTracks()) track.enabled = !this.snapshot.muted;
      for (const track of stream.getVideoTracks()) track.enabled = !this.snapshot.cameraOff;
      this.sendStream = stream;
      // Media that arrives after the connection was made (a slow permission prompt) joins it now.
      for (const track of stream.getTracks()) this.addTrackToPeer(track, stream);
    }
    const devices = await this.options.media.list().catch(() => this.snapshot.devices);
    const current = this.sendStream;
    if (!current) return;
    this.update({
      localStream: new MediaStream(current.getTracks()),
      devices,
      cameraId: current.getVideoTracks()[0]?.getSettings().deviceId ?? this.snapshot.cameraId,
      microphoneId: current.getAudioTracks()[0]?.getSettings().deviceId ?? this.snapshot.microphoneId,
      mediaProblem: null,
      mediaMessage: null,
    });
  }

  private async switchDevice(kind: 'video' | 'audio', deviceId: string): Promise<void> {
    if (this.isOver()) return;
    if (!this.sendStream) {
      this.update(kind === 'video' ? { cameraId: deviceId } : { microphoneId: deviceId });
      await this.startMedia();
      return;
    }
    let fresh: MediaStream;
    try {
      fresh = await this.options.media.acquire(
        kind === 'video'
          ? { video: true, audio: false, cameraId: deviceId }
          : { video: false, audio: true, microphoneId: deviceId },
      );
    } catch (error) {
      const problem = error instanceof MediaAccessError ? error : toMediaAccessError(error);
      this.update({ mediaProblem: problem.problem, mediaMessage: problem.message });
      return;
    }
    const next = (kind === 'video' ? fresh.getVideoTracks() : fresh.getAudioTracks())[0];
    if (!next || this.isOver() || !this.sendStream) {
      for (const track of fresh.getTracks()) track.stop();
      return;
    }
    this.installTrack(next);
    this.update({
      localStream: new MediaStream(this.sendStream.getTracks()),
      ...(kind === 'video' ? { cameraId: deviceId } : { microphoneId: deviceId }),
      mediaProblem: null,
      mediaMessage: null,
    });
  }

  /**
   * Puts a new camera or microphone track in place of the current one of its kind. The stream handed to the
   * peer stays the same object (simple-peer finds its sender by track and stream), and replaceTrack swaps what
   * the sender sends without renegotiation, so the call does not drop.
   */
  private installTrack(next: MediaStreamTrack): void {
    const stream = this.sendStream;
    if (!stream) return;
    next.enabled = next.kind === 'video' ? !this.snapshot.cameraOff : !this.snapshot.muted;
    const previous = (next.kind === 'video' ? stream.getVideoTracks() : stream.getAudioTracks())[0];
    if (previous && this.peer) {
      try {
        this.peer.replaceTrack(previous, next, stream);
      } catch {
        // The peer is being rebuilt; the new one is made from sendStream and so gets the new track.
      }
    }
    if (previous) {
      stream.removeTrack(previous);
      previous.stop();
    }
    stream.addTrack(next);
    if (!previous) this.addTrackToPeer(next, stream);
  }

  private addTrackToPeer(track: MediaStreamTrack, stream: MediaStream): void {
    if (!this.peer) return;
    try {
      this.peer.addTrack(track, stream);
    } catch {
      // Already sending it, or the peer is going away; either way nothing more to do.
    }
  }

  private handleSignaling(event: SignalingEvent): void {
    if (this.isOver()) return;
    switch (event.type) {
      case 'connection':
        this.update({ signalingOnline: event.online });
        return;
      case 'gave-up':
        this.update({ signalingOnline: false });
        // A call already flowing peer to peer does not need the server; anything earlier does.
        if (event.reason === 'replaced') this.finish('failed', 'replaced', null);
        else if (!this.peerConnected && event.reason === 'attempts')
          this.finish('failed', 'server_unreachable', null);
        return;
      case 'error':
        this.handleSignalingError(event);
        return;
      case 'waiting':
        if (this.snapshot.role === 'guest') this.update({ admission: 'waiting' });
        return;
      case 'joined':
        this.handleJoined(event);
        return;
      case 'guest-waiting':
        if (this.snapshot.role !== 'host') return;
        this.update({
          waitingGuests: [
            ...this.snapshot.waitingGuests.filter((guest) => guest.peerId !== event.peerId),
            { peerId: event.peerId, name: event.name },
          ],
        });
        if (this.prepared && this.preparedFor === null && this.peer) this.bindPreparedOffer(event.peerId);
        else this.prepareOffer();
        return;
      case 'peer-joined':
        this.handlePeerJoined(event);
        return;
      case 'peer-left':
        this.update({
          waitingGuests: this.snapshot.waitingGuests.filter((guest) => guest.peerId !== event.peerId),
        });
        if (this.prepared && event.peerId === this.preparedFor && this.snapshot.state === 'lobby') {
          this.dropPreparedOffer();
          this.prepareOffer();
        }
        return;
      case 'signal':
        this.handleSignal(event.from, event.data);
        return;
      case 'broadcast':
        return;
    }
  }

  private handleSignalingError(event: Extract<ServerFrame, { type: 'error' }>): void {
    if (!terminalSignalingErrors.has(event.code)) return;
    // The room may expire mid-call; the media path does not go through the server, so the call carries on.
    if (this.peerConnected && event.code === 'room_expired') return;
    this.finish('failed', problemByErrorCode[event.code] ?? 'connection_lost', null);
  }

  private handleJoined(event: Extract<ServerFrame, { type: 'joined' }>): void {
    this.iceServers = event.iceServers ?? [];
    if (this.snapshot.role === 'guest') {
      this.update({ admission: 'admitted' });
      const host = event.peers.find((peer) => peer.role === 'host');
      if (host) this.setRemote(host.peerId, host.name);
      if (this.snapshot.state === 'lobby') this.transition('connecting');
      return;
    }
    // A host that reconnected to signalling finds its guest still there: rebuild only if the media path broke.
    const guest = event.peers.find((peer) => peer.role === 'guest');
    if (guest && (!this.peerConnected || guest.peerId !== this.remotePeerId)) {
      this.dropPreparedOffer();
      this.setRemote(guest.peerId, guest.name);
      if (this.snapshot.state === 'lobby') this.transition('connecting');
      this.startSession();
      return;
    }
    this.prepareOffer();
  }

  private handlePeerJoined(event: Extract<ServerFrame, { type: 'peer-joined' }>): void {
    if (this.snapshot.role === 'guest') {
      if (event.role === 'host') this.setRemote(event.peerId, event.name);
      return;
    }
    if (event.role !== 'guest') return;
    if (this.prepared && event.peerId === this.preparedFor && this.peer) {
      // Admitted: the offer made while they waited is already on its way to them.
      this.prepared = false;
      this.preparedFor = null;
      if (this.snapshot.state === 'lobby') this.transition('connecting');
      return;
    }
    const sameGuestStillConnected = event.peerId === this.remotePeerId && this.peerConnected;
    if (sameGuestStillConnected) return;
    this.setRemote(event.peerId, event.name);
    if (this.snapshot.state === 'lobby') this.transition('connecting');
    this.startSession();
  }

  private handleSignal(from: string, data: unknown): void {
    if (!isEnvelope(data)) return;
    if (this.snapshot.role === 'host') {
      // Only the guest the host admitted may steer its connection.
      if (!this.remotePeerId || from !== this.remotePeerId) return;
      if (data.control === 'bye') {
        this.handleRemoteBye();
        return;
      }
      if (data.session !== this.session) return;
      if (data.control === 'restart') {
        this.startSession();
        return;
      }
      this.peer?.signal(data.signal);
      return;
    }
    if (this.remotePeerId !== from) this.setRemote(from, this.snapshot.remote.name);
    if (data.control === 'bye') {
      this.handleRemoteBye();
      return;
    }
    if (data.control) return;
    // Guest: a new session id means the host rebuilt the connection; follow it.
    if (data.session !== this.session || !this.peer) this.createSessionPeer(data.session, false);
    if (data.signal !== undefined) this.peer?.signal(data.signal);
  }

  private setRemote(peerId: string, name: string | null): void {
    this.remotePeerId = peerId;
    if (name !== this.snapshot.remote.name) this.update({ remote: { ...this.snapshot.remote, name } });
  }

  /**
   * Host, in the lobby with nobody in the call: makes the offer now, addressed to the first waiting guest or, with
   * nobody waiting yet, held until someone is. The server keeps it (and the ICE candidates) until that guest is
   * admitted, and drops it if they are turned away or leave, so nothing reaches anyone who was not let in.
   */
  private prepareOffer(): void {
    if (this.snapshot.role !== 'host' || this.snapshot.state !== 'lobby' || this.peer || !this.signaling)
      return;
    this.prepared = true;
    this.heldSignals = [];
    this.preparedFor = this.snapshot.waitingGuests[0]?.peerId ?? null;
    this.remotePeerId = this.preparedFor;
    this.createSessionPeer(this.createId(), true);
  }

  /** The first guest arrived: address the offer made in advance to them. */
  private bindPreparedOffer(peerId: string): void {
    this.preparedFor = peerId;
    this.remotePeerId = peerId;
    const held = this.heldSignals;
    this.heldSignals = [];
    for (const envelope of held) this.sendEnvelope(envelope);
  }

  private dropPreparedOffer(): void {
    if (!this.prepared) return;
    this.prepared = false;
    this.preparedFor = null;
    this.remotePeerId = null;
    this.session = null;
    this.heldSignals = [];
    this.destroyPeer();
  }

  /** Host: a brand-new peer connection (first connection or a rebuild), announced to the guest by its session id. */
  private startSession(): void {
    if (this.snapshot.role !== 'host' || !this.remotePeerId || this.isOver()) return;
    this.createSessionPeer(this.createId(), true);
  }

  private createSessionPeer(session: string, initiator: boolean): void {
    this.destroyPeer();
    this.session = session;
    // The answerer gets the remote stream while it is still making its answer; showing it (a big re-render) waits
    // until the answer is out, so the answer is not delayed by React.
    let answered = initiator;
    let heldStream: MediaStream | null = null;
    const peer = this.options.createPeer({
      initiator,
      stream: this.sendStream,
      iceServers: this.iceServers,
      iceTransportPolicy: this.iceTransportPolicy,
      onSignal: (signal) => {
        if (this.peer !== peer) return;
        this.sendEnvelope({ session, signal });
        if (!answered && (signal as { type?: string } | null)?.type === 'answer') {
          answered = true;
          if (heldStream) this.update({ remoteStream: heldStream });
          heldStream = null;
        }
      },
      onConnect: () => {
        if (this.peer === peer) this.handlePeerConnected();
      },
      onStream: (stream) => {
        if (this.peer !== peer) return;
        if (answered) this.update({ remoteStream: stream });
        else heldStream = stream;
      },
      onMessage: (message) => {
        if (this.peer === peer) this.handlePeerMessage(message);
      },
      onIceState: (state) => {
        if (this.peer === peer) this.handleIceState(state);
      },
      onClose: () => {
        if (this.peer === peer) this.handlePeerLost();
      },
    });
    this.peer = peer;
  }

  private sendEnvelope(envelope: SignalEnvelope): void {
    if (!this.remotePeerId) {
      if (this.prepared) this.heldSignals.push(envelope);
      return;
    }
    if (!this.signaling) return;
    this.signaling.send({ type: 'signal', to: this.remotePeerId, data: envelope });
  }

  private handlePeerConnected(): void {
    this.peerConnected = true;
    this.clearTimer('disconnectedTimer');
    this.clearTimer('reconnectDeadline');
    if (this.snapshot.state === 'connecting' || this.snapshot.state === 'reconnecting')
      this.transition('connected');
    if (this.startedAtMilliseconds === null) {
      this.startedAtMilliseconds = Date.now();
      this.update({ startedAt: new Date(this.startedAtMilliseconds).toISOString(), elapsedSeconds: 0 });
      this.clockTimer = setInterval(() => this.tick(), 250);
    }
    // The other side may have missed earlier state changes; say where we stand now.
    this.sendToPeer({ type: 'mute-state', muted: this.snapshot.muted });
    this.sendToPeer({ type: 'camera-state', off: this.snapshot.cameraOff });
  }

  private handlePeerMessage(message: PeerMessage): void {
    switch (message.type) {
      case 'chat': {
        if (this.snapshot.chat.some((line) => line.id === message.id)) return;
        const line: ChatMessage = {
          id: message.id.slice(0, 100),
          from: 'remote',
          name: message.name.slice(0, 100),
          text: message.text.slice(0, maximumChatLength),
          sentAt: message.sentAt.slice(0, 40),
        };
        this.update({ chat: [...this.snapshot.chat, line] });
        return;
      }
      case 'mute-state':
        this.update({ remote: { ...this.snapshot.remote, muted: message.muted } });
        return;
      case 'camera-state':
        this.update({ remote: { ...this.snapshot.remote, cameraOff: message.off } });
        return;
      case 'bye':
        this.handleRemoteBye();
        return;
    }
  }

  private handleIceState(state: RTCIceConnectionState): void {
    if (state === 'disconnected' && this.peerConnected) {
      // Often a blip (Wi-Fi roam); give ICE a moment to recover before rebuilding.
      this.enterReconnecting();
      if (!this.disconnectedTimer) {
        this.disconnectedTimer = setTimeout(() => {
          this.disconnectedTimer = null;
          this.rebuild();
        }, this.options.disconnectedGraceMilliseconds ?? 4000);
      }
      return;
    }
    if (
      (state === 'connected' || state === 'completed') &&
      this.snapshot.state === 'reconnecting' &&
      this.peerConnected
    ) {
      this.clearTimer('disconnectedTimer');
      this.clearTimer('reconnectDeadline');
      this.transition('connected');
    }
  }

  private handlePeerLost(): void {
    this.destroyPeer();
    if (this.isOver()) return;
    if (this.snapshot.state === 'lobby') {
      // A prepared offer broke before anyone was admitted; admitting will start a fresh one.
      this.prepared = false;
      this.preparedFor = null;
      this.remotePeerId = null;
      this.heldSignals = [];
      return;
    }
    this.enterReconnecting();
    this.rebuild();
  }

  private rebuild(): void {
    if (this.isOver()) return;
    if (this.snapshot.role === 'host') {
      this.startSession();
    } else if (this.session) {
      // Only the host makes offers, so the guest asks for a fresh one.
      this.sendEnvelope({ session: this.session, control: 'restart' });
      this.destroyPeer();
    }
  }

  private enterReconnecting(): void {
    if (this.snapshot.state !== 'connected' && this.snapshot.state !== 'connecting') return;
    this.transition('reconnecting');
    this.update({ remoteStream: null });
    if (!this.reconnectDeadline) {
      this.reconnectDeadline = setTimeout(() => {
        this.reconnectDeadline = null;
        if (this.snapshot.state === 'reconnecting') this.finish('failed', 'connection_lost', null);
      }, this.options.reconnectTimeoutMilliseconds ?? 45_000);
    }
  }

  /** The other side hung up: a guest's call is over; the host goes back to the lobby to wait or end. */
  private handleRemoteBye(): void {
    if (this.snapshot.role === 'guest') {
      this.finish('ended', null, 'remote');
      return;
    }
    this.destroyPeer();
    this.session = null;
    this.remotePeerId = null;
    this.clearTimer('reconnectDeadline');
    this.clearTimer('disconnectedTimer');
    this.update({
      remoteStream: null,
      remoteLeft: true,
      remote: { name: this.snapshot.remote.name, muted: false, cameraOff: false },
    });
    this.transition('lobby');
    this.prepareOffer();
  }

  private sendToPeer(message: PeerMessage): void {
    if (this.peer && this.peerConnected) this.peer.send(message);
  }

  private tick(): void {
    if (this.startedAtMilliseconds === null) return;
    const elapsedSeconds = Math.max(0, Math.floor((Date.now() - this.startedAtMilliseconds) / 1000));
    if (elapsedSeconds !== this.snapshot.elapsedSeconds) this.update({ elapsedSeconds });
  }

  private finish(
    state: 'ended' | 'failed',
    problem: CallProblem | null,
    endedBy: 'local' | 'remote' | null,
  ): void {
    if (this.isOver()) return;
    this.tick();
    this.teardown();
    this.transition(state);
    this.update({
      problem,
      endedBy,
      endedAt: new Date().toISOString(),
      remoteStream: null,
      localStream: null,
      waitingGuests: [],
      signalingOnline: false,
    });
  }

  private teardown(): void {
    if (this.clockTimer) clearInterval(this.clockTimer);
    this.clockTimer = null;
    this.clearTimer('reconnectDeadline');
    this.clearTimer('disconnectedTimer');
    this.destroyPeer();
    this.signaling?.close();
    this.signaling = null;
    for (const track of this.sendStream?.getTracks() ?? []) track.stop();
    this.sendStream = null;
  }

  private destroyPeer(): void {
    const peer = this.peer;
    this.peer = null;
    this.peerConnected = false;
    peer?.destroy();
  }

  private clearTimer(name: 'reconnectDeadline' | 'disconnectedTimer'): void {
    const timer = this[name];
    if (timer) clearTimeout(timer);
    this[name] = null;
  }

  /** Over once ended, failed or disposed: a camera that answers a permission prompt afterwards is stopped, not kept. */
  private isOver(): boolean {
    return this.disposed || this.snapshot.state === 'ended' || this.snapshot.state === 'failed';
  }

  private transition(to: CallState): boolean {
    if (!callTransitions[this.snapshot.state].includes(to)) return false;
    this.update({ state: to });
    return true;
  }

  private update(patch: Partial<CallSnapshot>): void {
    this.store.set({ ...this.snapshot, ...patch });
  }
}

export type { WaitingGuest };
