import type { PeerMessage } from './PeerMessage.ts';

/** What the call machine needs from one WebRTC connection; createPeer builds it on simple-peer. */
export interface PeerLink {
  /** Feeds in an offer, answer or ICE candidate that arrived through signalling. */
  signal(data: unknown): void;
  send(message: PeerMessage): void;
  /** Swaps a sending track without renegotiating, so switching camera or microphone does not drop the call. */
  replaceTrack(oldTrack: MediaStreamTrack, newTrack: MediaStreamTrack, stream: MediaStream): void;
  /** Adds a track the call did not have yet (this one does renegotiate). */
  addTrack(track: MediaStreamTrack, stream: MediaStream): void;
  getStats(): Promise<RTCStatsReport | null>;
  destroy(): void;
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
  /** ICE connection state, for noticing a stalled connection before WebRTC declares it failed. */
  onIceState(state: RTCIceConnectionState): void;
  /** The connection is gone for good (closed, failed or errored); a new PeerLink is needed. */
  onClose(reason: string): void;
};

export type PeerFactory = (options: PeerLinkOptions) => PeerLink;
