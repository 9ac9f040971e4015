import type { QualityLevel, QualityReport } from './QualityReport.ts';
import { qualityThresholds } from './qualityThresholds.ts';

type Figures = Omit<QualityReport, 'level'>;

const order: readonly QualityLevel[] = ['good', 'fair', 'poor'];

function higherIsWorse(value: number | null, steps: { fair: number; poor: number }): QualityLevel {
  if (value === null) return 'good';
  return value >= steps.poor ? 'poor' : value >= steps.fair ? 'fair' : 'good';
}

function lowerIsWorse(value: number | null, steps: { fair: number; poor: number }): QualityLevel {
  if (value === null) return 'good';
  return value < steps.poor ? 'poor' : value < steps.fair ? 'fair' : 'good';
}

/** The worst level any figure reaches; frame rate and bitrate count only when video is expected. */
export function rateQuality(figures: Figures, expectVideo: boolean): QualityLevel {
  const levels = [
    higherIsWorse(figures.lossPercent, qualityThresholds.lossPercent),
    higherIsWorse(figures.roundTripMilliseconds, qualityThresholds.roundTripMilliseconds),
    higherIsWorse(figures.jitterMilliseconds, qualityThresholds.jitterMilliseconds),
    ...(expectVideo
      ? [
          lowerIsWorse(figures.framesPerSecond, qualityThresholds.framesPerSecond),
          lowerIsWorse(figures.bitrateKilobits, qualityThresholds.bitrateKilobits),
        ]
      : []),
  ];
  return levels.reduce(
    (worst, level) => (order.indexOf(level) > order.indexOf(worst) ? level : worst),
    'good',
  );
}
