import type { QualityReport } from './QualityReport.ts';

type Counters = {
  at: number;
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  framesDecoded: number;
};

/** One reading: the figures over the time since the previous one, and how many packets came in meanwhile. */
export type QualitySample = {
  figures: Omit<QualityReport, 'level'>;
  /** Audio and video packets received since the last sample: zero means no media is flowing in. */
  packetsSincePrevious: number;
};

type Entry = Record<string, unknown> & { id: string; type: string };

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Turns successive getStats reports into quality figures. Loss, bitrate and frame rate are rates, so each comes
 * from the difference with the previous report; round-trip time and jitter are read as they are.
 */
export class QualitySampler {
  private previous: Counters | null = null;

  sample(report: RTCStatsReport, now: number): QualitySample | null {
    const entries: Entry[] = [];
    report.forEach((value: Entry) => entries.push(value));
    const inbound = entries.filter((entry) => entry.type === 'inbound-rtp');
    const counters: Counters = {
      at: now,
      packetsReceived: inbound.reduce((sum, entry) => sum + count(entry.packetsReceived), 0),
      packetsLost: inbound.reduce((sum, entry) => sum + Math.max(0, count(entry.packetsLost)), 0),
      bytesReceived: inbound.reduce((sum, entry) => sum + count(entry.bytesReceived), 0),
      framesDecoded: inbound.reduce((sum, entry) => sum + count(entry.framesDecoded), 0),
    };
    const previous = this.previous;
    this.previous = counters;
    if (!previous || counters.at <= previous.at) return null;
    const seconds = (counters.at - previous.at) / 1000;
    const received = Math.max(0, counters.packetsReceived - previous.packetsReceived);
    const lost = Math.max(0, counters.packetsLost - previous.packetsLost);
    const pair = entries.find(
      (entry) => entry.type === 'candidate-pair' && entry.nominated === true && entry.state === 'succeeded',
    );
    const roundTrip =
      typeof pair?.currentRoundTripTime === 'number' ? pair.currentRoundTripTime * 1000 : null;
    // Audio's jitter is what people hear; video's is naturally larger (a frame leaves in a burst of packets).
    const audio = inbound.find((entry) => entry.kind === 'audio' && typeof entry.jitter === 'number');
    const jitters = (audio ? [audio] : inbound)
      .map((entry) => entry.jitter)
      .filter((value) => typeof value === 'number');
    const hasVideo = inbound.some((entry) => entry.kind === 'video');
    return {
      packetsSincePrevious: received,
      figures: {
        roundTripMilliseconds: roundTrip === null ? null : Math.round(roundTrip),
        lossPercent: received + lost > 0 ? round((lost / (received + lost)) * 100) : null,
        jitterMilliseconds: jitters.length > 0 ? Math.round(Math.max(...jitters) * 1000) : null,
        bitrateKilobits: Math.round(
          (Math.max(0, counters.bytesReceived - previous.bytesReceived) * 8) / seconds / 1000,
        ),
        framesPerSecond: hasVideo
          ? round(Math.max(0, counters.framesDecoded - previous.framesDecoded) / seconds)
          : null,
      },
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
