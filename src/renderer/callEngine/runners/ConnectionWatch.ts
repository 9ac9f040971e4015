import type { PeerLink } from '../PeerLink.ts';
import type { QualityReport } from '../quality/QualityReport.ts';
import { QualitySampler } from '../quality/QualitySampler.ts';
import { rateQuality } from '../quality/rateQuality.ts';

export type ConnectionReading = { report: QualityReport; packetsSincePrevious: number };

/**
 * Reads one peer's statistics on a timer: the figures for the quality indicator, and whether media is still
 * coming in at all (ICE can say "connected" over a path that carries nothing).
 */
export class ConnectionWatch {
  private readonly peer: PeerLink;
  private readonly sampler = new QualitySampler();
  private readonly timer: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(
    peer: PeerLink,
    intervalMilliseconds: number,
    expectVideo: () => boolean,
    onReading: (reading: ConnectionReading) => void,
  ) {
    this.peer = peer;
    this.timer = setInterval(() => void this.read(expectVideo, onReading), intervalMilliseconds);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async read(expectVideo: () => boolean, onReading: (reading: ConnectionReading) => void) {
    let stats: RTCStatsReport | null;
    try {
      stats = await this.peer.getStats();
    } catch {
      return;
    }
    if (!stats || this.stopped) return;
    const sample = this.sampler.sample(stats, Date.now());
    if (!sample) return;
    onReading({
      report: { ...sample.figures, level: rateQuality(sample.figures, expectVideo()) },
      packetsSincePrevious: sample.packetsSincePrevious,
    });
  }
}
