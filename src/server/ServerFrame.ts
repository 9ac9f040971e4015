import type { IceServer } from './IceServer.ts';
import type { PeerRole } from './PeerRole.ts';
import type { PeerSummary } from './PeerSummary.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';

// Every frame the server sends; typed in one place so the wire format cannot drift from docs/signaling.md.
export type ServerFrame =
  | {
      type: 'joined';
      peerId: string;
      // Sent only to the peer itself; it must present it with peerId to resume the slot.
      resumeToken: string;
      role: PeerRole;
      peers: PeerSummary[];
      iceServers: IceServer[];
      expiresAt: string;
    }
  | { type: 'waiting'; peerId: string; resumeToken: string }
  | { type: 'guest-waiting'; peerId: string; name: string }
  | { type: 'peer-joined'; peerId: string; role: PeerRole; name: string }
  | { type: 'peer-left'; peerId: string }
  | { type: 'signal'; from: string; data: unknown }
  | { type: 'broadcast'; from: string; data: unknown }
  | { type: 'error'; code: SignalingErrorCode; message: string };
