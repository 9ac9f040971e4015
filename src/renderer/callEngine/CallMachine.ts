import { CallCore } from './CallCore.ts';
import type { CallMachineOptions } from './CallMachineOptions.ts';
import type { CallSnapshot, ChatMessage } from './CallSnapshot.ts';
import { localDeviceAvailabilities } from './localDeviceAvailabilities.ts';
import { maximumChatLength } from './messages/parsePeerMessage.ts';
import { parseSavedChat } from './messages/parseSavedChat.ts';
import type { RoomAccess } from './RoomAccess.ts';
import { MediaRunner } from './runners/MediaRunner.ts';
import { PeerSessionRunner } from './runners/PeerSessionRunner.ts';
import { SignalingRunner } from './runners/SignalingRunner.ts';
import { summarizeStats, type CallStats } from './summarizeStats.ts';

/**
 * One call, from the lobby to hang-up, with no React in it. The UI reads `getSnapshot()` through
 * `useSyncExternalStore` and calls the methods below. CallCore owns the snapshot and the transitions; three
 * effect runners do the work: MediaRunner (camera, microphone, screen), SignalingRunner (the room on the server)
 * and PeerSessionRunner (the WebRTC connection, its ICE restarts and rebuilds).
 */
export class CallMachine {
  private readonly core: CallCore;
  private readonly createId: () => string;
  private readonly media: MediaRunner;
  private readonly signaling: SignalingRunner;
  private readonly peer: PeerSessionRunner;

  constructor(options: CallMachineOptions) {
    this.core = new CallCore(options.role, options.localName ?? '');
    this.createId = options.createId ?? (() => crypto.randomUUID());
    const core = this.core;
    // Released in reverse: the peer first, then signalling, then the devices.
    this.media = new MediaRunner(core, options.media, () => this.peer.currentPeer);
    this.peer = new PeerSessionRunner(core, {
      createPeer: options.createPeer,
      createId: this.createId,
      timings: {
        reconnectTimeoutMilliseconds: options.reconnectTimeoutMilliseconds ?? 45_000,
        disconnectedGraceMilliseconds: options.disconnectedGraceMilliseconds ?? 3000,
        iceRestartTimeoutMilliseconds: options.iceRestartTimeoutMilliseconds ?? 8000,
        statsIntervalMilliseconds: options.statsIntervalMilliseconds ?? 1000,
      },
      localStream: () => this.media.stream,
      outgoingVideo: () => this.media.outgoingVideo,
      sendFrame: (frame) => this.signaling.send(frame),
      signalingUsable: () => this.signaling.usable,
    });
    this.signaling = new SignalingRunner(core, options.createSignaling, this.peer);
  }

  // ── For useSyncExternalStore ────────────────────────────────────────────────────────────────

  subscribe = (listener: () => void): (() => void) => this.core.subscribe(listener);

  getSnapshot = (): CallSnapshot => this.core.getSnapshot();

  // ── Lobby ───────────────────────────────────────────────────────────────────────────────────

  /** idle → lobby: turns on camera and microphone for the preview. A device problem is shown, not fatal. */
  async openLobby(): Promise<void> {
    if (this.core.snapshot.state !== 'idle') return;
    this.core.transition('lobby');
    await this.media.start();
  }

  /** After "camera blocked" or "no devices": ask again (the person may have fixed it meanwhile). */
  async retryMedia(): Promise<void> {
    if (this.core.isOver()) return;
    await this.media.start();
    this.peer.sendToPeer({ type: 'device-state', ...localDeviceAvailabilities(this.core.snapshot) });
  }

  async selectCamera(deviceId: string): Promise<void> {
    await this.media.switchDevice('video', deviceId);
  }

  async selectMicrophone(deviceId: string): Promise<void> {
    await this.media.switchDevice('audio', deviceId);
  }

  /** Re-reads the device lists (a device was plugged in or out); a lost camera or microphone is replaced. */
  async refreshDevices(): Promise<void> {
    await this.media.refreshDevices();
  }

  dismissDeviceNotice(): void {
    this.core.update({ deviceNotice: null });
  }

  setMuted(muted: boolean): void {
    this.media.setMuted(muted);
    this.peer.sendToPeer({ type: 'mute-state', muted });
  }

  setCameraOff(off: boolean): void {
    this.media.setCameraOff(off);
    this.peer.sendToPeer({ type: 'camera-state', off });
  }

  /** Sends the screen (or a window) in place of the camera; the other side shows it large. */
  async startScreenShare(): Promise<void> {
    if (await this.media.startScreenShare()) this.peer.sendToPeer({ type: 'screen-share', sharing: true });
  }

  /** Back to the camera. */
  stopScreenShare(): void {
    if (!this.core.snapshot.screenSharing) return;
    this.media.stopScreenShare();
    this.peer.sendToPeer({ type: 'screen-share', sharing: false });
  }

  /**
   * Puts back the chat of an earlier attempt in the same call ("Join again" reloads the page). Only before joining
   * and only into an empty chat; the saved value is untrusted and checked line by line. Returns the lines restored.
   */
  restoreChat(saved: unknown): number {
    const { state, chat } = this.core.snapshot;
    if ((state !== 'idle' && state !== 'lobby') || chat.length > 0 || this.signaling.connected) return 0;
    const lines = parseSavedChat(saved);
    if (lines.length > 0) this.core.update({ chat: lines });
    return lines.length;
  }

  // ── Joining ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Connects to the room. The host stays in the lobby until it admits someone; a guest waits
   * (`admission: 'waiting'`) until the host lets it in, then moves to connecting.
   */
  connect(access: RoomAccess): void {
    if (this.signaling.connected || this.core.isOver()) return;
    if (this.core.snapshot.state === 'idle') this.core.transition('lobby');
    this.peer.useTransportPolicy(access.iceTransportPolicy ?? 'all');
    this.core.update({
      localName: access.name,
      ...(this.core.role === 'guest' ? { admission: 'waiting' } : {}),
    });
    this.signaling.connect(access);
  }

  /** Host: let a waiting guest in. The offer goes out as soon as the server confirms they joined. */
  admit(peerId: string): void {
    if (this.signaling.connected) this.peer.admit(peerId);
  }

  /** Host: turn a waiting guest away. */
  deny(peerId: string): void {
    if (this.signaling.connected) this.peer.deny(peerId);
  }

  // ── Recording (consent on both sides; the recorder itself runs outside the engine) ──────────

  /** Host: "Record this interview". The candidate is asked once the call connects (at once if it already is). */
  setRecordingWanted(wanted: boolean): void {
    const { recording } = this.core.snapshot;
    if (this.core.role !== 'host' || recording.consent !== 'unasked') return;
    this.core.update({ recording: { ...recording, wanted } });
    this.peer.askToRecord();
  }

  /** Guest: the candidate's Accept or Decline. */
  answerRecording(accepted: boolean): void {
    const { recording } = this.core.snapshot;
    if (this.core.role !== 'guest' || recording.consent !== 'asked') return;
    if (!this.peer.sendToPeer({ type: 'recording-consent', accepted })) return;
    this.core.update({ recording: { ...recording, consent: accepted ? 'accepted' : 'declined' } });
  }

  /** Host: the recorder is running; REC on both sides. */
  recordingStarted(): void {
    const { recording } = this.core.snapshot;
    if (this.core.role !== 'host' || recording.consent !== 'accepted' || recording.stoppedBy) return;
    this.core.update({ recording: { ...recording, active: true } });
    this.peer.sendToPeer({ type: 'recording-state', recording: true });
  }

  /** Either side's "Stop recording": for the rest of this call. */
  stopRecording(): void {
    const { recording } = this.core.snapshot;
    if (recording.stoppedBy) return;
    this.core.update({ recording: { ...recording, active: false, stoppedBy: 'local' } });
    this.peer.sendToPeer({ type: 'recording-state', recording: false });
  }

  // ── In the call ─────────────────────────────────────────────────────────────────────────────

  /** Sends a chat line over the data channel. False when there is no connection to send it on. */
  sendChat(text: string): boolean {
    const trimmed = text.trim().slice(0, maximumChatLength);
    if (!trimmed) return false;
    const message: ChatMessage = {
      id: this.createId(),
      from: 'local',
      name: this.core.snapshot.localName,
      text: trimmed,
      sentAt: new Date().toISOString(),
    };
    const { id, text: body, sentAt, name } = message;
    if (!this.peer.sendToPeer({ type: 'chat', id, text: body, sentAt, name })) return false;
    this.core.update({ chat: [...this.core.snapshot.chat, message] });
    return true;
  }

  /**
   * Hangs up: tells the other side (data channel and signalling, whichever arrives), then releases everything.
   * The host's hang-up also closes the room, so the link cannot be used to knock again.
   */
  end(): void {
    if (this.core.isOver()) return;
    this.peer.sayGoodbye();
    if (this.core.role === 'host') this.signaling.close(true);
    this.core.finish('ended', null, 'local');
  }

  /** Releases devices and connections without changing what the UI shows (e.g. the page is going away). */
  dispose(): void {
    this.core.dispose();
  }

  /** Connection statistics of the current peer, or null when there is none. */
  async stats(): Promise<CallStats | null> {
    const report = await this.peer.currentPeer?.getStats();
    return report ? summarizeStats(report) : null;
  }

  /** Tests only (window.__rapportCall): this side's network fails for a while, as in docs/call.md. */
  simulateNetworkFailure(holdMilliseconds = 0): void {
    this.peer.simulateNetworkFailure(holdMilliseconds);
  }
}
