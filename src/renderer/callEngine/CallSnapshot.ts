import type { CallState } from './CallState.ts';
import type { DeviceLists, MediaProblem } from './MediaDevices.ts';

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
  | 'unknown_room'
  | 'invalid_token'
  | 'denied'
  | 'connection_lost'
  | 'server_unreachable'
  | 'replaced';

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
  readonly remote: { readonly name: string | null; readonly muted: boolean; readonly cameraOff: boolean };
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
};
