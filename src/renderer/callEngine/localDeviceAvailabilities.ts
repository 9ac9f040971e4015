import type { CallSnapshot, DeviceAvailabilities, DeviceAvailability } from './CallSnapshot.ts';

/**
 * This side's camera and microphone as the other side should hear of them. A track in the stream means it works;
 * before the devices have answered at all nothing is known yet, which counts as working.
 */
export function localDeviceAvailabilities(
  snapshot: Pick<CallSnapshot, 'localStream' | 'mediaProblem'>,
): DeviceAvailabilities {
  const { localStream, mediaProblem } = snapshot;
  const availability = (trackCount: number): DeviceAvailability => {
    if (trackCount > 0) return 'working';
    if (mediaProblem === 'denied' || mediaProblem === 'insecure') return 'blocked';
    if (mediaProblem === 'in-use' || mediaProblem === 'unknown') return 'failed';
    return mediaProblem === 'no-devices' || localStream ? 'missing' : 'working';
  };
  return {
    camera: availability(localStream?.getVideoTracks().length ?? 0),
    microphone: availability(localStream?.getAudioTracks().length ?? 0),
  };
}
