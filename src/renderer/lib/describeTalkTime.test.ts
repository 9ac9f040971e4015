import { expect, it } from 'vitest';
import { describeTalkTime } from './describeTalkTime.ts';

it('says each side’s share and the longest monologue, or nothing when nobody spoke', () => {
  expect(
    describeTalkTime({
      recruiterMs: 5000,
      candidateMs: 15_000,
      candidateShare: 0.75,
      longestMonologue: { side: 'candidate', ms: 41_000 },
    }),
  ).toBe('Talk time: candidate 75%, you 25% · Longest monologue 00:41 (candidate)');
  expect(
    describeTalkTime({ recruiterMs: 0, candidateMs: 0, candidateShare: null, longestMonologue: null }),
  ).toBeNull();
});
