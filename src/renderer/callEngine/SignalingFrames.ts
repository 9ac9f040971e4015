/**
 * The signalling wire format as the client sees it (docs/signaling.md). Error codes come from src/shared, the rest
 * is kept apart from the server's own types; the SignalingClient integration test runs against the real server.
 */
import type { SignalingErrorCode } from '../../shared/signaling/SignalingErrorCode.ts';

export type { SignalingErrorCode };

/** The shape of RTCIceServer, spelled out so this file needs no DOM types (Node tests use it too). */
export type IceServer = { urls: string | string[]; username?: string; credential?: string };

export type PeerSummary = { peerId: string; role: 'host' | 'guest'; name: string };

export type ServerFrame =
  | {
      type: 'joined';
      peerId: string;
      /** Secret for this peer only; sent back with `peerId` to resume the slot after a reconnect. */
      resumeToken?: string;
      role: 'host' | 'guest';
      peers: PeerSummary[];
      iceServers: IceServer[];
      expiresAt?: string;
    }
  | { type: 'waiting'; peerId?: string; resumeToken?: string }
  | { type: 'guest-waiting'; peerId: string; name: string }
  | { type: 'peer-joined'; peerId: string; role: 'host' | 'guest'; name: string }
  | { type: 'peer-left'; peerId: string }
  | { type: 'signal'; from: string; data: unknown }
  | { type: 'broadcast'; from: string; data: unknown }
  | { type: 'error'; code: SignalingErrorCode; message: string };

export type ClientFrame =
  | { type: 'join'; roomId: string; token: string; name: string; peerId?: string; resumeToken?: string }
  | { type: 'signal'; to: string; data: unknown }
  | { type: 'admit'; peerId: string }
  | { type: 'deny'; peerId: string }
  | { type: 'leave' };

/** Room-level refusals: retrying the same join can never succeed, so the client stops reconnecting. */
export const terminalSignalingErrors: ReadonlySet<SignalingErrorCode> = new Set([
  'unknown_room',
  'room_expired',
  'invalid_token',
  'room_full',
  'denied',
]);
