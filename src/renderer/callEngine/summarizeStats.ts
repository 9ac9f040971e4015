/** The numbers a test or a "connection info" panel wants, as plain data (an RTCStatsReport does not serialise). */
export type CallStats = {
  inboundVideo: {
    framesDecoded: number;
    framesReceived: number;
    frameWidth: number;
    frameHeight: number;
  } | null;
  inboundAudio: { packetsReceived: number; audioLevel: number } | null;
  candidatePair: {
    state: string;
    localCandidateType: string | null;
    remoteCandidateType: string | null;
    protocol: string | null;
    currentRoundTripTime: number | null;
  } | null;
};

type Entry = Record<string, unknown> & { id: string; type: string };

const numberOr = (value: unknown, fallback = 0) => (typeof value === 'number' ? value : fallback);
const stringOr = (value: unknown) => (typeof value === 'string' ? value : null);

export function summarizeStats(report: RTCStatsReport): CallStats {
  const entries = new Map<string, Entry>();
  report.forEach((value: Entry) => entries.set(value.id, value));
  const all = [...entries.values()];
  const video = all.find((entry) => entry.type === 'inbound-rtp' && entry.kind === 'video');
  const audio = all.find((entry) => entry.type === 'inbound-rtp' && entry.kind === 'audio');
  const transport = all.find((entry) => entry.type === 'transport' && entry.selectedCandidatePairId);
  const pair =
    (transport && entries.get(String(transport.selectedCandidatePairId))) ??
    all.find((entry) => entry.type === 'candidate-pair' && entry.nominated && entry.state === 'succeeded');
  const local = pair ? entries.get(String(pair.localCandidateId)) : undefined;
  const remote = pair ? entries.get(String(pair.remoteCandidateId)) : undefined;
  return {
    inboundVideo: video
      ? {
          framesDecoded: numberOr(video.framesDecoded),
          framesReceived: numberOr(video.framesReceived),
          frameWidth: numberOr(video.frameWidth),
          frameHeight: numberOr(video.frameHeight),
        }
      : null,
    inboundAudio: audio
      ? { packetsReceived: numberOr(audio.packetsReceived), audioLevel: numberOr(audio.audioLevel) }
      : null,
    candidatePair: pair
      ? {
          state: String(pair.state),
          localCandidateType: stringOr(local?.candidateType),
          remoteCandidateType: stringOr(remote?.candidateType),
          protocol: stringOr(local?.protocol),
          currentRoundTripTime:
            typeof pair.currentRoundTripTime === 'number' ? pair.currentRoundTripTime : null,
        }
      : null,
  };
}
