import type { PeerFactory, PeerLink, PeerLinkOptions } from '../PeerLink.ts';
import type { PeerMessage } from '../messages/PeerMessage.ts';

/** A peer connection whose events the test fires by hand. */
export class FakePeer implements PeerLink {
  readonly options: PeerLinkOptions;
  readonly received: unknown[] = [];
  readonly sent: PeerMessage[] = [];
  readonly replaced: Array<{ oldTrack: MediaStreamTrack; newTrack: MediaStreamTrack; stream: MediaStream }> =
    [];
  readonly added: MediaStreamTrack[] = [];
  iceRestarts = 0;
  destroyed = false;
  /** What getStats answers; a test sets it to play inbound media (or its absence). */
  stats: RTCStatsReport | null = null;

  constructor(options: PeerLinkOptions) {
    this.options = options;
  }

  signal(data: unknown): void {
    this.received.push(data);
  }

  send(message: PeerMessage): void {
    this.sent.push(message);
  }

  replaceTrack(oldTrack: MediaStreamTrack, newTrack: MediaStreamTrack, stream: MediaStream): void {
    this.replaced.push({ oldTrack, newTrack, stream });
  }

  addTrack(track: MediaStreamTrack): void {
    this.added.push(track);
  }

  restartIce(): void {
    this.iceRestarts += 1;
  }

  async getStats(): Promise<RTCStatsReport | null> {
    return this.stats;
  }

  destroy(): void {
    this.destroyed = true;
  }

  simulateNetworkFailure(): void {
    this.options.onIceState('failed');
  }
}

export function fakePeerFactory(): PeerFactory & { instances: FakePeer[] } {
  const instances: FakePeer[] = [];
  const factory = ((options: PeerLinkOptions) => {
    const peer = new FakePeer(options);
    instances.push(peer);
    return peer;
  }) as unknown as PeerFactory & { instances: FakePeer[] };
  factory.instances = instances;
  return factory;
}
