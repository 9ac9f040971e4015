import type { PeerConnection } from './PeerConnection.ts';
import { serializeFrame } from './serializeFrame.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';
import { signalingErrorMessages } from './signalingErrorMessages.ts';

// With a close code the error is fatal and the close reason repeats the code, for clients that missed the frame.
export function sendSignalingError(
  connection: PeerConnection,
  code: SignalingErrorCode,
  message: string = signalingErrorMessages[code],
  closeCode?: number,
): void {
  connection.send(serializeFrame({ type: 'error', code, message }));
  if (closeCode !== undefined) connection.close(closeCode, code);
}
