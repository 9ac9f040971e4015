import { expect, it } from 'vitest';
import { summarizeTalkTime } from './summarizeTalkTime.ts';

it('says nothing about shares when nobody spoke', () => {
  expect(summarizeTalkTime({ recruiter: [], candidate: [] })).toEqual({
    recruiterMs: 0,
    candidateMs: 0,
    candidateShare: null,
    longestMonologue: null,
  });
});

it('gives each side its time, the candidate’s share, and joins short pauses into one monologue', () => {
  const summary = summarizeTalkTime({
    recruiter: [[0, 5000]],
    candidate: [
      [6000, 10_000],
      [10_500, 20_000],
      // A long pause ends the monologue.
      [30_000, 31_000],
    ],
  });
  expect(summary.recruiterMs).toBe(5000);
  expect(summary.candidateMs).toBe(14_500);
  expect(summary.candidateShare).toBeCloseTo(14_500 / 19_500);
  expect(summary.longestMonologue).toEqual({ side: 'candidate', ms: 14_000 });
});

it('does not join across the other side speaking in the pause', () => {
  const summary = summarizeTalkTime({
    recruiter: [[10_100, 10_400]],
    candidate: [
      [0, 10_000],
      [10_500, 12_000],
    ],
  });
  expect(summary.longestMonologue).toEqual({ side: 'candidate', ms: 10_000 });
});
