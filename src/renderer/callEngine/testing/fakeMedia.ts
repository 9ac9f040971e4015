import type { CallMedia } from '../CallMedia.ts';
import type { DeviceLists, MediaRequest } from '../MediaDevices.ts';

let nextTrack = 0;

/** Just enough of MediaStreamTrack for the machine: kind, enabled, stop and the device it came from. */
export class FakeTrack {
  readonly id = `track-${(nextTrack += 1)}`;
  readonly kind: 'audio' | 'video';
  readonly deviceId: string;
  enabled = true;
  stopped = false;
  readyState: 'live' | 'ended' = 'live';
  private readonly endedListeners: Array<() => void> = [];

  constructor(kind: 'audio' | 'video', deviceId: string) {
    this.kind = kind;
    this.deviceId = deviceId;
  }

  stop(): void {
    this.stopped = true;
    this.readyState = 'ended';
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'ended') this.endedListeners.push(listener);
  }

  /** The device went away (unplugged, or the browser's "Stop sharing"): ended, and the page is told. */
  unplug(): void {
    this.readyState = 'ended';
    for (const listener of this.endedListeners) listener();
  }

  getSettings(): { deviceId: string } {
    return { deviceId: this.deviceId };
  }
}

/** Just enough of MediaStream: a list of tracks. Installed as the global MediaStream in node tests. */
export class FakeMediaStream {
  private readonly tracks: FakeTrack[];

  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }

  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }

  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'audio');
  }

  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'video');
  }

  addTrack(track: FakeTrack): void {
    this.tracks.push(track);
  }

  removeTrack(track: FakeTrack): void {
    const index = this.tracks.indexOf(track);
    if (index >= 0) this.tracks.splice(index, 1);
  }
}

export type FakeMedia = CallMedia & {
  requests: MediaRequest[];
  failWith: Error | null;
  /** What list() answers; a test removes a device to unplug it. */
  devices: DeviceLists;
  /** The screens handed out by acquireScreen, newest last (device id "screen"). */
  screens: FakeTrack[];
};

/** Devices "cam-1"/"mic-1" by default (and a screen to share); set failWith to make the next acquire throw, as getUserMedia does. */
export function fakeMedia(): FakeMedia {
  const media: FakeMedia = {
    requests: [],
    failWith: null,
    screens: [],
    devices: {
      cameras: [
        { deviceId: 'cam-1', label: 'Camera 1' },
        { deviceId: 'cam-2', label: 'Camera 2' },
      ],
      microphones: [
        { deviceId: 'mic-1', label: 'Microphone 1' },
        { deviceId: 'mic-2', label: 'Microphone 2' },
      ],
    },
    async acquire(request) {
      media.requests.push(request);
      if (media.failWith) throw media.failWith;
      const tracks: FakeTrack[] = [];
      if (request.video !== false) tracks.push(new FakeTrack('video', request.cameraId ?? 'cam-1'));
      if (request.audio !== false) tracks.push(new FakeTrack('audio', request.microphoneId ?? 'mic-1'));
      return new FakeMediaStream(tracks) as unknown as MediaStream;
    },
    async list() {
      return { cameras: [...media.devices.cameras], microphones: [...media.devices.microphones] };
    },
    async acquireScreen() {
      const screen = new FakeTrack('video', 'screen');
      media.screens.push(screen);
      return new FakeMediaStream([screen]) as unknown as MediaStream;
    },
  };
  return media;
}
