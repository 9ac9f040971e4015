/** good / fair / poor, from the figures below; qualityThresholds says where the steps are. */
export type QualityLevel = 'good' | 'fair' | 'poor';

/** One side's view of the connection over the last second or so; null where nothing was measured yet. */
export type QualityReport = {
  level: QualityLevel;
  roundTripMilliseconds: number | null;
  lossPercent: number | null;
  jitterMilliseconds: number | null;
  bitrateKilobits: number | null;
  framesPerSecond: number | null;
};
