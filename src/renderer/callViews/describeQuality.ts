import type { QualityLevel, QualityReport } from '../callEngine/quality/QualityReport.ts';

const levelNames: Record<QualityLevel, string> = { good: 'Good', fair: 'Fair', poor: 'Poor' };

/** "Good", "Fair", "Poor". */
export function qualityLevelName(level: QualityLevel): string {
  return levelNames[level];
}

/** One side's figures in words: "round trip 40 ms, loss 0 %, jitter 5 ms, 900 kbit/s, 30 frames/s". */
export function describeQuality(report: QualityReport | null): string {
  if (!report) return 'not measured yet';
  const parts = [
    report.roundTripMilliseconds === null ? null : `round trip ${report.roundTripMilliseconds} ms`,
    report.lossPercent === null ? null : `loss ${report.lossPercent} %`,
    report.jitterMilliseconds === null ? null : `jitter ${report.jitterMilliseconds} ms`,
    report.bitrateKilobits === null ? null : `${report.bitrateKilobits} kbit/s`,
    report.framesPerSecond === null ? null : `${report.framesPerSecond} frames/s`,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : 'not measured yet';
}
