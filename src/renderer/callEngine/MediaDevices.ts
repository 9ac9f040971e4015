/** Why the camera or microphone could not be used, in terms a person can act on. */
export type MediaProblem = 'denied' | 'no-devices' | 'in-use' | 'insecure' | 'unknown';

export class MediaAccessError extends Error {
  readonly problem: MediaProblem;

  constructor(problem: MediaProblem, message: string) {
    super(message);
    this.name = 'MediaAccessError';
    this.problem = problem;
  }
}

export type DeviceOption = { deviceId: string; label: string };
export type DeviceLists = { cameras: DeviceOption[]; microphones: DeviceOption[] };

export type MediaRequest = {
  cameraId?: string | null;
  microphoneId?: string | null;
  video?: boolean;
  audio?: boolean;
};

const friendlyMessages: Record<MediaProblem, string> = {
  denied:
    'Camera and microphone access is blocked. Allow it in your browser’s address bar (the camera icon), then try again.',
  'no-devices':
    'No camera or microphone was found. Plug one in, or check that it is switched on, then try again.',
  'in-use': 'Your camera or microphone is being used by another app. Close that app, then try again.',
  insecure: 'This page cannot use the camera because it was not opened over a secure connection (https).',
  unknown: 'The camera or microphone could not be started. Try again, or pick another device.',
};

/** Maps a getUserMedia failure (a DOMException by name) to one of the problems above. */
export function toMediaAccessError(error: unknown): MediaAccessError {
  if (error instanceof MediaAccessError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const problem: MediaProblem =
    name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError'
      ? 'denied'
      : name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError'
        ? 'no-devices'
        : name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError'
          ? 'in-use'
          : 'unknown';
  return new MediaAccessError(problem, friendlyMessages[problem]);
}

function constraint(deviceId: string | null | undefined): MediaTrackConstraints | boolean {
  return deviceId ? { deviceId: { exact: deviceId } } : true;
}

/**
 * Opens camera and microphone. When both are asked for and one kind is missing, it retries with the other
 * kind alone, so a laptop without a microphone still joins with video (and vice versa).
 */
export async function acquireMedia(request: MediaRequest = {}): Promise<MediaStream> {
  const mediaDevices = globalThis.navigator?.mediaDevices;
  if (!mediaDevices?.getUserMedia) throw new MediaAccessError('insecure', friendlyMessages.insecure);
  const wantVideo = request.video ?? true;
  const wantAudio = request.audio ?? true;
  try {
    return await mediaDevices.getUserMedia({
      video: wantVideo ? constraint(request.cameraId) : false,
      audio: wantAudio ? constraint(request.microphoneId) : false,
    });
  } catch (error) {
    const mapped = toMediaAccessError(error);
    if (mapped.problem !== 'no-devices' || !(wantVideo && wantAudio)) throw mapped;
    for (const alone of [
      { video: constraint(request.cameraId) },
      { audio: constraint(request.microphoneId) },
    ]) {
      try {
        return await mediaDevices.getUserMedia(alone);
      } catch {
        // Try the other kind; if neither exists the original "no devices" error stands.
      }
    }
    throw mapped;
  }
}

/** Cameras and microphones, labelled (labels are only known once access was granted). */
export async function listDevices(): Promise<DeviceLists> {
  const mediaDevices = globalThis.navigator?.mediaDevices;
  if (!mediaDevices?.enumerateDevices) return { cameras: [], microphones: [] };
  const devices = await mediaDevices.enumerateDevices();
  const pick = (kind: MediaDeviceKind, fallback: string) =>
    devices
      .filter((device) => device.kind === kind && device.deviceId !== '')
      .map((device, index) => ({
        deviceId: device.deviceId,
        label: device.label || `${fallback} ${index + 1}`,
      }));
  return { cameras: pick('videoinput', 'Camera'), microphones: pick('audioinput', 'Microphone') };
}

/** Lets the UI refresh its device pickers when a headset or webcam is plugged in or out. */
export function onDevicesChanged(listener: () => void): () => void {
  const mediaDevices = globalThis.navigator?.mediaDevices;
  if (!mediaDevices?.addEventListener) return () => {};
  mediaDevices.addEventListener('devicechange', listener);
  return () => mediaDevices.removeEventListener('devicechange', listener);
}

/**
 * The screen, a window or a tab, as the person picks it: the browser's own picker, or in the desktop app the
 * app's picker behind setDisplayMediaRequestHandler. Video only; the call's microphone stays as it is.
 */
export async function acquireScreen(): Promise<MediaStream> {
  const mediaDevices = globalThis.navigator?.mediaDevices;
  if (!mediaDevices?.getDisplayMedia)
    throw new MediaAccessError('unknown', 'Screen sharing is not available here.');
  return mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 15, max: 30 } }, audio: false });
}
