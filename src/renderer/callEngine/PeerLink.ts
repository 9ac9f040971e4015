import type { PeerMessage } from './messages/PeerMessage.ts';

/** What the call machine needs from one WebRTC connection; createPeer builds it on RTCPeerConnection. */
export interface PeerLink {
  /** Feeds in an offer, answer or ICE candidate that arrived through signalling (or the data channel). */
  signal(data: unknown): void;
  send(message: PeerMessage): void;
  /** Swaps a sending track without renegotiating, so switching camera, microphone or screen does not drop the call. */
  replaceTrack(oldTrack: MediaStreamTrack, newTrack: MediaStreamTrack, stream: MediaStream): void;
  /** Starts sending a track the call did not have yet (a camera granted late). */
  addTrack(track: MediaStreamTrack, stream: MediaStream): void;
  /** Host: new ICE credentials and a new offer on the same connection, keeping media, data channel and DTLS. */
  restartIce(): void;
  getStats(): Promise<RTCStatsReport | null>;
  destroy(): void;
  /**
   * Tests only: behave as a dead network would for `holdMilliseconds`: stop sending media, report ICE as failed,
   * and keep the restart's offer back until the time is up. The restart then sends the tracks again.
   */
  simulateNetworkFailure(holdMilliseconds: number): void;
}

export type PeerLinkOptions = {
  initiator: boolean;
  stream: MediaStream | null;
  iceServers: RTCIceServer[];
  iceTransportPolicy: RTCIceTransportPolicy;
  onSignal(data: unknown): void;
  onConnect(): void;
  onStream(stream: MediaStream): void;
  onMessage(message: PeerMessage): void;
  /** ICE connection state, for noticing a stalled or failed connection and restarting it. */
  onIceState(state: RTCIceConnectionState): void;
  /** The connection is gone for good (closed, or a negotiation that cannot be repaired); a new PeerLink is needed. */
  onClose(reason: string): void;
};

export type PeerFactory = (options: PeerLinkOptions) => PeerLink;
