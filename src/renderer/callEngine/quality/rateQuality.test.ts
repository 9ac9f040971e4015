import { expect, it } from 'vitest';
import { rateQuality } from './rateQuality.ts';

const clean = {
  roundTripMilliseconds: 40,
  lossPercent: 0,
  jitterMilliseconds: 5,
  bitrateKilobits: 900,
  framesPerSecond: 30,
};

it('is good on a clean line and steps down with loss at 2 % and 8 %', () => {
  expect(rateQuality(clean, true)).toBe('good');
  expect(rateQuality({ ...clean, lossPercent: 1.9 }, true)).toBe('good');
  expect(rateQuality({ ...clean, lossPercent: 2 }, true)).toBe('fair');
  expect(rateQuality({ ...clean, lossPercent: 8 }, true)).toBe('poor');
});

it('takes the worst of round-trip time, jitter, frame rate and bitrate', () => {
  expect(rateQuality({ ...clean, roundTripMilliseconds: 350 }, true)).toBe('fair');
  expect(rateQuality({ ...clean, roundTripMilliseconds: 650 }, true)).toBe('poor');
  expect(rateQuality({ ...clean, jitterMilliseconds: 80 }, true)).toBe('poor');
  expect(rateQuality({ ...clean, framesPerSecond: 10 }, true)).toBe('fair');
  expect(rateQuality({ ...clean, bitrateKilobits: 50 }, true)).toBe('poor');
});

it('ignores frame rate and bitrate when no video is expected, and figures not measured yet', () => {
  expect(rateQuality({ ...clean, framesPerSecond: 1, bitrateKilobits: 20 }, false)).toBe('good');
  expect(
    rateQuality(
      {
        roundTripMilliseconds: null,
        lossPercent: null,
        jitterMilliseconds: null,
        bitrateKilobits: null,
        framesPerSecond: null,
      },
      true,
    ),
  ).toBe('good');
});
