import type { DeviceLists, MediaRequest } from './MediaDevices.ts';

/** The devices a call uses: getUserMedia and enumerateDevices in a browser, fakes in tests. */
export type CallMedia = {
  acquire(request: MediaRequest): Promise<MediaStream>;
  list(): Promise<DeviceLists>;
  /** The screen (or a window) to share; absent where the platform cannot share one. */
  acquireScreen?(): Promise<MediaStream>;
  /** Calls `listener` when a camera or microphone is plugged in or out; returns the unsubscribe. */
  watchDevices?(listener: () => void): () => void;
};
