import { expect, it } from 'vitest';
import { summarizeStats } from './summarizeStats.ts';

function report(entries: Array<Record<string, unknown>>): RTCStatsReport {
  return new Map(entries.map((entry) => [entry.id as string, entry])) as unknown as RTCStatsReport;
}

it('follows the transport’s selected pair to the local and remote candidate types', () => {
  const summary = summarizeStats(
    report([
      { id: 'T1', type: 'transport', selectedCandidatePairId: 'P1' },
      {
        id: 'P1',
        type: 'candidate-pair',
        state: 'succeeded',
        localCandidateId: 'L1',
        remoteCandidateId: 'R1',
        currentRoundTripTime: 0.002,
      },
      { id: 'L1', type: 'local-candidate', candidateType: 'relay', protocol: 'udp' },
      { id: 'R1', type: 'remote-candidate', candidateType: 'host' },
      {
        id: 'V1',
        type: 'inbound-rtp',
        kind: 'video',
        framesDecoded: 42,
        framesReceived: 44,
        frameWidth: 640,
        frameHeight: 480,
      },
      { id: 'A1', type: 'inbound-rtp', kind: 'audio', packetsReceived: 100, audioLevel: 0.1 },
    ]),
  );
  expect(summary).toEqual({
    inboundVideo: { framesDecoded: 42, framesReceived: 44, frameWidth: 640, frameHeight: 480 },
    inboundAudio: { packetsReceived: 100, audioLevel: 0.1 },
    candidatePair: {
      state: 'succeeded',
      localCandidateType: 'relay',
      remoteCandidateType: 'host',
      protocol: 'udp',
      currentRoundTripTime: 0.002,
    },
  });
});

it('reports nulls before anything flows', () => {
  expect(summarizeStats(report([]))).toEqual({ inboundVideo: null, inboundAudio: null, candidatePair: null });
});
