import type { CallMedia } from './CallMedia.ts';
import type { CallRole } from './CallSnapshot.ts';
import type { PeerFactory } from './PeerLink.ts';
import type { SignalingFactory } from './Signaling.ts';

export type CallMachineOptions = {
  role: CallRole;
  localName?: string;
  createSignaling: SignalingFactory;
  createPeer: PeerFactory;
  media: CallMedia;
  /** How long a connection may stay broken before the call is declared lost. */
  reconnectTimeoutMilliseconds?: number;
  /** How long ICE may sit in "disconnected", or media stop coming in, before ICE is restarted. */
  disconnectedGraceMilliseconds?: number;
  /** How long an ICE restart may take before the connection is rebuilt from scratch instead. */
  iceRestartTimeoutMilliseconds?: number;
  /** How often the connection's statistics are read for the quality indicator and the media watch. */
  statsIntervalMilliseconds?: number;
  createId?: () => string;
};
