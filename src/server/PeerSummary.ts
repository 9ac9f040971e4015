import type { PeerRole } from './PeerRole.ts';

// What other peers learn about a peer: enough to address it and label it, nothing secret.
export interface PeerSummary {
  peerId: string;
  role: PeerRole;
  name: string;
}
