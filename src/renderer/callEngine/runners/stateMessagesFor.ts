import type { CallSnapshot } from '../CallSnapshot.ts';
import { localDeviceAvailabilities } from '../localDeviceAvailabilities.ts';
import type { PeerMessage } from '../messages/PeerMessage.ts';

/** Where this side stands (mute, camera, share, devices), for a peer that may have missed earlier changes. */
export function stateMessagesFor(snapshot: CallSnapshot): PeerMessage[] {
  return [
    { type: 'mute-state', muted: snapshot.muted },
    { type: 'camera-state', off: snapshot.cameraOff },
    ...(snapshot.screenSharing ? [{ type: 'screen-share', sharing: true } as const] : []),
    { type: 'device-state', ...localDeviceAvailabilities(snapshot) },
  ];
}
