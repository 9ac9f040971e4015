import type { RecordingStatus } from '../CallSnapshot.ts';
import type { PeerMessage } from '../messages/PeerMessage.ts';

/**
 * What the host tells a connected guest about recording: the consent question until it is answered (again after
 * a reconnection, if it went unanswered), or that REC is on; nothing when no recording is wanted.
 */
export function recordingMessageFor(recording: RecordingStatus): PeerMessage | null {
  if (!recording.wanted) return null;
  if (recording.consent === 'unasked' || recording.consent === 'asked') return { type: 'recording-request' };
  if (recording.active) return { type: 'recording-state', recording: true };
  return null;
}
