import type { DeviceAvailabilities, DeviceAvailability } from '../callEngine/CallSnapshot.ts';

const camera: Record<Exclude<DeviceAvailability, 'working'>, string> = {
  blocked: 'The candidate’s camera is blocked',
  missing: 'The candidate has no camera',
  failed: 'The candidate’s camera is not working',
};

const microphone: Record<Exclude<DeviceAvailability, 'working'>, string> = {
  blocked: 'The candidate’s microphone is blocked',
  missing: 'The candidate has no microphone',
  failed: 'The candidate’s microphone is not working',
};

/** What the recruiter is told when the candidate's camera or microphone is not coming through, and why. */
export function describeCandidateDevices(devices: DeviceAvailabilities): string[] {
  const notices: string[] = [];
  if (devices.camera !== 'working') notices.push(camera[devices.camera]);
  if (devices.microphone !== 'working') notices.push(microphone[devices.microphone]);
  return notices;
}
