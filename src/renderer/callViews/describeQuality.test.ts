import { expect, it } from 'vitest';
import { describeQuality, qualityLevelName } from './describeQuality.ts';

it('puts the figures in words, leaving out what was not measured', () => {
  expect(
    describeQuality({
      level: 'fair',
      roundTripMilliseconds: 320,
      lossPercent: 3.5,
      jitterMilliseconds: 12,
      bitrateKilobits: 640,
      framesPerSecond: null,
    }),
  ).toBe('round trip 320 ms, loss 3.5 %, jitter 12 ms, 640 kbit/s');
  expect(describeQuality(null)).toBe('not measured yet');
  expect(qualityLevelName('poor')).toBe('Poor');
});
