import type { CallCore } from '../CallCore.ts';
import type { CallMedia } from '../CallMedia.ts';
import { toMediaAccessError, type DeviceLists } from '../MediaDevices.ts';
import type { PeerLink } from '../PeerLink.ts';

type Kind = 'audio' | 'video';

const deviceNames: Record<Kind, string> = { video: 'camera', audio: 'microphone' };

/**
 * The media devices effect runner: camera and microphone (and a shared screen) for one call. It keeps the one
 * stream the peer was made with and swaps tracks inside it, so a device change never drops the call.
 */
export class MediaRunner {
  private readonly core: CallCore;
  private readonly media: CallMedia;
  private readonly currentPeer: () => PeerLink | null;
  /** The stream handed to the peer; its tracks are swapped in place when a device changes. */
  private sendStream: MediaStream | null = null;
  private screenTrack: MediaStreamTrack | null = null;
  private stopWatchingDevices: (() => void) | null = null;

  constructor(core: CallCore, media: CallMedia, currentPeer: () => PeerLink | null) {
    this.core = core;
    this.media = media;
    this.currentPeer = currentPeer;
    core.onRelease(() => this.release());
  }

  get stream(): MediaStream | null {
    return this.sendStream;
  }

  /** The track the other side should see as video: the shared screen while sharing, else the camera. */
  get outgoingVideo(): MediaStreamTrack | null {
    return this.screenTrack ?? this.sendStream?.getVideoTracks()[0] ?? null;
  }

  /** Opens camera and microphone (again, after a problem). A device problem is shown, not fatal. */
  async start(): Promise<void> {
    const { snapshot } = this.core;
    let stream: MediaStream;
    try {
      stream = await this.media.acquire({ cameraId: snapshot.cameraId, microphoneId: snapshot.microphoneId });
    } catch (error) {
      const problem = toMediaAccessError(error);
      this.core.update({ mediaProblem: problem.problem, mediaMessage: problem.message });
      return;
    }
    if (this.core.isOver()) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    this.watchDevices();
    if (this.sendStream) {
      for (const track of stream.getTracks()) this.installTrack(track);
    } else {
      for (const track of stream.getAudioTracks()) track.enabled = !this.core.snapshot.muted;
      for (const track of stream.getVideoTracks()) track.enabled = !this.core.snapshot.cameraOff;
      this.sendStream = stream;
      for (const track of stream.getTracks()) this.watchTrack(track);
      // Media that arrives after the connection was made (a slow permission prompt) joins it now.
      for (const track of stream.getTracks()) this.addTrackToPeer(track, stream);
    }
    const devices = await this.media.list().catch(() => this.core.snapshot.devices);
    const current = this.sendStream;
    if (!current) return;
    this.core.update({
      localStream: new MediaStream(current.getTracks()),
      devices,
      cameraId: current.getVideoTracks()[0]?.getSettings().deviceId ?? this.core.snapshot.cameraId,
      microphoneId: current.getAudioTracks()[0]?.getSettings().deviceId ?? this.core.snapshot.microphoneId,
      mediaProblem: null,
      mediaMessage: null,
    });
  }

  async switchDevice(kind: Kind, deviceId: string): Promise<void> {
    if (this.core.isOver()) return;
    if (!this.sendStream) {
      this.core.update(kind === 'video' ? { cameraId: deviceId } : { microphoneId: deviceId });
      await this.start();
      return;
    }
    let fresh: MediaStream;
    try {
      fresh = await this.media.acquire(
        kind === 'video'
          ? { video: true, audio: false, cameraId: deviceId }
          : { video: false, audio: true, microphoneId: deviceId },
      );
    } catch (error) {
      const problem = toMediaAccessError(error);
      this.core.update({ mediaProblem: problem.problem, mediaMessage: problem.message });
      return;
    }
    const next = (kind === 'video' ? fresh.getVideoTracks() : fresh.getAudioTracks())[0];
    if (!next || this.core.isOver() || !this.sendStream) {
      for (const track of fresh.getTracks()) track.stop();
      return;
    }
    this.installTrack(next);
    this.core.update({
      localStream: new MediaStream(this.sendStream.getTracks()),
      ...(kind === 'video' ? { cameraId: deviceId } : { microphoneId: deviceId }),
      mediaProblem: null,
      mediaMessage: null,
    });
  }

  /** Re-reads the device lists; if the device in use is gone, moves to the next one of its kind. */
  async refreshDevices(): Promise<void> {
    let devices: DeviceLists;
    try {
      devices = await this.media.list();
    } catch {
      return;
    }
    this.core.update({ devices });
    for (const kind of ['video', 'audio'] as const) {
      const stream = this.sendStream;
      const track = (kind === 'video' ? stream?.getVideoTracks() : stream?.getAudioTracks())?.[0];
      if (!track) continue;
      const inUse = track.getSettings().deviceId ?? null;
      const options = kind === 'video' ? devices.cameras : devices.microphones;
      // An empty list (labels not granted yet) says nothing; an ended track does.
      const gone =
        inUse !== null && options.length > 0 && !options.some((device) => device.deviceId === inUse);
      if (track.readyState === 'ended' || gone) await this.fallBack(kind, inUse, devices);
    }
  }

  setMuted(muted: boolean): void {
    for (const track of this.sendStream?.getAudioTracks() ?? []) track.enabled = !muted;
    this.core.update({ muted });
  }

  setCameraOff(off: boolean): void {
    for (const track of this.sendStream?.getVideoTracks() ?? []) track.enabled = !off;
    this.core.update({ cameraOff: off });
  }

  /** Sends the screen in place of the camera, on the same sender (no renegotiation); false if it could not start. */
  async startScreenShare(): Promise<boolean> {
    if (this.core.isOver() || this.screenTrack || !this.media.acquireScreen) return false;
    let screen: MediaStream;
    try {
      screen = await this.media.acquireScreen();
    } catch {
      // The person closed the picker, or the platform refused: nothing changes.
      return false;
    }
    const track = screen.getVideoTracks()[0];
    if (!track || this.core.isOver()) {
      for (const each of screen.getTracks()) each.stop();
      return false;
    }
    const camera = this.sendStream?.getVideoTracks()[0] ?? null;
    this.screenTrack = track;
    // The browser's own "Stop sharing" button ends the track.
    track.addEventListener('ended', () => this.stopScreenShare());
    this.sendVideo(camera, track);
    this.core.update({ screenSharing: true });
    return true;
  }

  /** Back to the camera. */
  stopScreenShare(): void {
    const screen = this.screenTrack;
    if (!screen) return;
    this.screenTrack = null;
    const camera = this.sendStream?.getVideoTracks()[0] ?? null;
    if (camera) this.sendVideo(screen, camera);
    screen.stop();
    if (!this.core.isOver()) this.core.update({ screenSharing: false });
  }

  private sendVideo(previous: MediaStreamTrack | null, next: MediaStreamTrack): void {
    const peer = this.currentPeer();
    if (!peer || !this.sendStream) return;
    try {
      if (previous) peer.replaceTrack(previous, next, this.sendStream);
      else peer.addTrack(next, this.sendStream);
    } catch {
      // The peer is being rebuilt; the new one is given outgoingVideo.
    }
  }

  private async fallBack(kind: Kind, lost: string | null, devices: DeviceLists): Promise<void> {
    const options = (kind === 'video' ? devices.cameras : devices.microphones).filter(
      (device) => device.deviceId !== lost,
    );
    const next = options[0];
    const name = deviceNames[kind];
    if (!next) {
      this.core.update({ deviceNotice: `Your ${name} was disconnected, and no other ${name} was found.` });
      return;
    }
    await this.switchDevice(kind, next.deviceId);
    this.core.update({ deviceNotice: `Your ${name} was disconnected. Switched to ${next.label}.` });
  }

  /**
   * Puts a new camera or microphone track in place of the current one of its kind. The stream handed to the
   * peer stays the same object, and replaceTrack swaps what the sender sends without renegotiation.
   */
  private installTrack(next: MediaStreamTrack): void {
    const stream = this.sendStream;
    if (!stream) return;
    next.enabled = next.kind === 'video' ? !this.core.snapshot.cameraOff : !this.core.snapshot.muted;
    const previous = (next.kind === 'video' ? stream.getVideoTracks() : stream.getAudioTracks())[0];
    const peer = this.currentPeer();
    // While the screen is shared, the camera changes only in the self view; the screen stays on the wire.
    const onWire = !(next.kind === 'video' && this.screenTrack);
    if (previous && peer && onWire) {
      try {
        peer.replaceTrack(previous, next, stream);
      } catch {
        // The peer is being rebuilt; the new one is made from sendStream and so gets the new track.
      }
    }
    if (previous) {
      stream.removeTrack(previous);
      previous.stop();
    }
    stream.addTrack(next);
    this.watchTrack(next);
    if (!previous && onWire) this.addTrackToPeer(next, stream);
  }

  private addTrackToPeer(track: MediaStreamTrack, stream: MediaStream): void {
    const peer = this.currentPeer();
    if (!peer) return;
    try {
      peer.addTrack(track, stream);
    } catch {
      // Already sending it, or the peer is going away; either way nothing more to do.
    }
  }

  /** An unplugged device ends its track: look for another one. */
  private watchTrack(track: MediaStreamTrack): void {
    track.addEventListener?.('ended', () => {
      if (!this.core.isOver() && this.sendStream?.getTracks().includes(track)) void this.refreshDevices();
    });
  }

  private watchDevices(): void {
    if (this.stopWatchingDevices || !this.media.watchDevices) return;
    this.stopWatchingDevices = this.media.watchDevices(() => void this.refreshDevices());
  }

  private release(): void {
    this.stopWatchingDevices?.();
    this.stopWatchingDevices = null;
    this.screenTrack?.stop();
    this.screenTrack = null;
    for (const track of this.sendStream?.getTracks() ?? []) track.stop();
    this.sendStream = null;
  }
}
