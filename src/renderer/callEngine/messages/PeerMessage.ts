import type { DeviceAvailability } from '../CallSnapshot.ts';
import type { QualityReport } from '../quality/QualityReport.ts';
import type { SignalEnvelope } from './SignalEnvelope.ts';

/** What the two sides tell each other over the data channel, as JSON (parsePeerMessage checks what arrives). */
export type PeerMessage =
  | { type: 'chat'; id: string; text: string; sentAt: string; name: string }
  | { type: 'mute-state'; muted: boolean }
  | { type: 'camera-state'; off: boolean }
  /** The sender's video is now its screen (or back to its camera): the other side shows it large. */
  | { type: 'screen-share'; sharing: boolean }
  /** The sender's camera and microphone are blocked or missing (or working again): the other side says so. */
  | { type: 'device-state'; camera: DeviceAvailability; microphone: DeviceAvailability }
  /** The sender's own quality figures, for the indicator on the other side. */
  | { type: 'quality'; report: QualityReport }
  /** A renegotiation (ICE restart) sent peer to peer while the signalling server is away. */
  | { type: 'signal'; data: SignalEnvelope }
  /** Host → guest: the recruiter wants to record; the guest's page asks the candidate. */
  | { type: 'recording-request' }
  /** Guest → host: the candidate's answer. Nothing is recorded without `accepted: true`. */
  | { type: 'recording-consent'; accepted: boolean }
  /** Host → guest: recording started or stopped (REC). Guest → host: only `false`, the candidate's "Stop recording". */
  | { type: 'recording-state'; recording: boolean }
  /** Sent just before hanging up, so the other side ends the call instead of trying to reconnect. */
  | { type: 'bye' };
