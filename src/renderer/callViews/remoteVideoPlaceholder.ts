import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

/** What the other person's video shows while there is no picture: the join page and the app say it alike. */
export function remoteVideoPlaceholder(
  snapshot: Pick<CallSnapshot, 'remoteStream' | 'state' | 'remote'>,
  cameraOffText: string,
): string | null {
  if (!snapshot.remoteStream) return snapshot.state === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
  return snapshot.remote.cameraOff ? cameraOffText : null;
}
