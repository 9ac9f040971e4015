/**
 * Where the connection turns from good to fair and from fair to poor: the one place these numbers live. Loss
 * follows Jitsi's ConnectionQuality, whose steps (2/4/6/8/12 %) we fold into fair from 2 % and poor from 8 %.
 */
export const qualityThresholds = {
  lossPercent: { fair: 2, poor: 8 },
  roundTripMilliseconds: { fair: 300, poor: 600 },
  jitterMilliseconds: { fair: 30, poor: 75 },
  /** Judged only while the other side's camera is on: a camera that is off sends about one frame a second. */
  framesPerSecond: { fair: 15, poor: 8 },
  /** Judged only while the other side's camera is on, like the frame rate. */
  bitrateKilobits: { fair: 250, poor: 80 },
} as const;
