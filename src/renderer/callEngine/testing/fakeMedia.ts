import type { CallMedia } from '../CallMachine.ts';
import type { MediaRequest } from '../MediaDevices.ts';

let nextTrack = 0;

/** Just enough of MediaStreamTrack for the machine: kind, enabled, stop and the device it came from. */
export class FakeTrack {
  readonly id = `track-${(nextTrack += 1)}`;
  readonly kind: 'audio' | 'video';
  readonly deviceId: string;
  enabled = true;
  stopped = false;

  constructor(kind: 'audio' | 'video', deviceId: string) {
    this.kind = kind;
    this.deviceId = deviceId;
  }

  stop(): void {
    this.stopped = true;
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

export type FakeMedia = CallMedia & { requests: MediaRequest[]; failWith: Error | null };

/** Devices "cam-1"/"mic-1" by default; set failWith to make the next acquire throw, as getUserMedia does. */
export function fakeMedia(): FakeMedia {
  const media: FakeMedia = {
    requests: [],
    failWith: null,
    async acquire(request) {
      media.requests.push(request);
      if (media.failWith) throw media.failWith;
      const tracks: FakeTrack[] = [];
      if (request.video !== false) tracks.push(new FakeTrack('video', request.cameraId ?? 'cam-1'));
      if (request.audio !== false) tracks.push(new FakeTrack('audio', request.microphoneId ?? 'mic-1'));
      return new FakeMediaStream(tracks) as unknown as MediaStream;
    },
    async list() {
      return {
        cameras: [
          { deviceId: 'cam-1', label: 'Camera 1' },
          { deviceId: 'cam-2', label: 'Camera 2' },
        ],
        microphones: [
          { deviceId: 'mic-1', label: 'Microphone 1' },
          { deviceId: 'mic-2', label: 'Microphone 2' },
        ],
      };
    },
  };
  return media;
}
