import type { CallState } from './CallState.ts';
import type { DeviceLists, MediaProblem } from './MediaDevices.ts';
import type { QualityReport } from './quality/QualityReport.ts';

export type CallRole = 'host' | 'guest';

export type ChatMessage = {
  id: string;
  /** `local` is whoever runs this page; the app maps it to recruiter or candidate when saving. */
  from: 'local' | 'remote';
  name: string;
  text: string;
  sentAt: string;
};

export type WaitingGuest = { peerId: string; name: string };

/** Why a call failed (state `failed`); describeCallProblem turns it into words. */
export type CallProblem =
  | 'room_expired'
  | 'room_full'
  | 'room_closed'
  | 'unknown_room'
  | 'invalid_token'
  | 'denied'
  | 'connection_lost'
  | 'server_unreachable'
  | 'replaced';

/** A camera or microphone: there and allowed, blocked by the browser, absent, or failing (another app has it). */
export type DeviceAvailability = 'working' | 'blocked' | 'missing' | 'failed';

/** The sender's camera and microphone, so the other side can say why it sees or hears nothing. */
export type DeviceAvailabilities = {
  readonly camera: DeviceAvailability;
  readonly microphone: DeviceAvailability;
};

/** What the other side told us over the data channel. */
export type RemoteParty = {
  readonly name: string | null;
  readonly muted: boolean;
  readonly cameraOff: boolean;
  /** They are sending their screen instead of their camera: show their video large. */
  readonly screenSharing: boolean;
};

/**
 * Recording, on both sides. The host wants it (`wanted`, chosen by the recruiter); the guest is asked and answers
 * (`consent`); `active` is REC. Once stopped (by either side) it stays stopped for this call.
 */
export type RecordingStatus = {
  readonly wanted: boolean;
  readonly consent: 'unasked' | 'asked' | 'accepted' | 'declined';
  readonly active: boolean;
  readonly stoppedBy: 'local' | 'remote' | null;
};

/** Everything the UI shows, as one immutable value: a new object after every change, for useSyncExternalStore. */
export type CallSnapshot = {
  readonly state: CallState;
  readonly role: CallRole;
  readonly localName: string;
  /** Camera and microphone as previewed here (a new object whenever a device changes). */
  readonly localStream: MediaStream | null;
  readonly remoteStream: MediaStream | null;
  readonly devices: DeviceLists;
  readonly cameraId: string | null;
  readonly microphoneId: string | null;
  readonly muted: boolean;
  readonly cameraOff: boolean;
  readonly mediaProblem: MediaProblem | null;
  readonly mediaMessage: string | null;
  /** A device went away and another took its place (or none was left): said once, as a notice. */
  readonly deviceNotice: string | null;
  /** This side is sending its screen in place of the camera. */
  readonly screenSharing: boolean;
  readonly remote: RemoteParty;
  /** The other side's camera and microphone, as it reported them ('working' until it says otherwise). */
  readonly remoteDevices: DeviceAvailabilities;
  /** Connection quality as measured here (`local`) and as the other side measured it (`remote`). */
  readonly quality: { readonly local: QualityReport | null; readonly remote: QualityReport | null };
  /** Guest side: not yet asked, waiting for the host, or let in. */
  readonly admission: 'none' | 'waiting' | 'admitted';
  /** Host side: guests in the waiting room. */
  readonly waitingGuests: readonly WaitingGuest[];
  readonly chat: readonly ChatMessage[];
  /** When the two sides first connected, and when the call ended (ISO 8601). */
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** Whole seconds since startedAt; stops at the end. */
  readonly elapsedSeconds: number;
  readonly problem: CallProblem | null;
  readonly endedBy: 'local' | 'remote' | null;
  /** Host side: the guest hung up and the host is back in the lobby. */
  readonly remoteLeft: boolean;
  readonly signalingOnline: boolean;
  readonly recording: RecordingStatus;
};
