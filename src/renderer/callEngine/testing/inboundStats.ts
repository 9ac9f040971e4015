/** A getStats report with this many audio and video packets received so far, on a connected candidate pair. */
export function inboundStats(packets: number): RTCStatsReport {
  const entries = [
    { id: 'P', type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.02 },
    {
      id: 'A',
      type: 'inbound-rtp',
      kind: 'audio',
      packetsReceived: packets,
      packetsLost: 0,
      jitter: 0.002,
      bytesReceived: packets * 100,
    },
    {
      id: 'V',
      type: 'inbound-rtp',
      kind: 'video',
      packetsReceived: packets,
      packetsLost: 0,
      jitter: 0.004,
      bytesReceived: packets * 1000,
      framesDecoded: packets,
    },
  ];
  return new Map(entries.map((entry) => [entry.id, entry])) as unknown as RTCStatsReport;
}
