import { expect, it } from 'vitest';
import { QualitySampler } from './QualitySampler.ts';

function report(entries: Array<Record<string, unknown>>): RTCStatsReport {
  return new Map(entries.map((entry) => [entry.id as string, entry])) as unknown as RTCStatsReport;
}

const reading = (received: number, lost: number, bytes: number, frames: number) =>
  report([
    { id: 'P', type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.25 },
    {
      id: 'A',
      type: 'inbound-rtp',
      kind: 'audio',
      packetsReceived: received,
      packetsLost: lost,
      jitter: 0.01,
      bytesReceived: 0,
    },
    {
      id: 'V',
      type: 'inbound-rtp',
      kind: 'video',
      packetsReceived: 0,
      packetsLost: 0,
      jitter: 0.03,
      bytesReceived: bytes,
      framesDecoded: frames,
    },
  ]);

it('turns two readings a second apart into loss, bitrate and frame rate over that second', () => {
  const sampler = new QualitySampler();
  expect(sampler.sample(reading(1000, 0, 0, 0), 10_000)).toBeNull();
  const sample = sampler.sample(reading(1090, 10, 125_000, 24), 11_000);
  expect(sample).toEqual({
    packetsSincePrevious: 90,
    figures: {
      roundTripMilliseconds: 250,
      lossPercent: 10,
      jitterMilliseconds: 10,
      bitrateKilobits: 1000,
      framesPerSecond: 24,
    },
  });
});

it('reports no packets when nothing came in, and no loss figure without packets', () => {
  const sampler = new QualitySampler();
  sampler.sample(reading(500, 0, 1000, 10), 0);
  const sample = sampler.sample(reading(500, 0, 1000, 10), 1000);
  expect(sample?.packetsSincePrevious).toBe(0);
  expect(sample?.figures).toMatchObject({ lossPercent: null, bitrateKilobits: 0, framesPerSecond: 0 });
});
