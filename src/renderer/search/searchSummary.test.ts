import { describe, expect, it } from 'vitest';
import { searchSummary } from './searchSummary.ts';

const answer = (shown: number, total: number, ranking: 'ranked' | 'recent' = 'ranked') => ({
  groups: Array.from({ length: shown }) as never[],
  total,
  ranking,
  hint: null,
});

describe('searchSummary', () => {
  it('says how many match in all, not how many are shown', () => {
    expect(searchSummary('lodz ', answer(20, 249))).toBe('Showing 20 of 249 candidates.');
    expect(searchSummary('the', answer(20, 94_936, 'recent'))).toBe(
      'Showing 20 of 94,936 candidates, newest first.',
    );
    expect(searchSummary('zoe', answer(3, 3))).toBe('3 candidates found.');
    expect(searchSummary('zoe', answer(1, 1))).toBe('1 candidate found.');
    expect(searchSummary('  zyzzyva ', answer(0, 0))).toBe('Nothing matches “zyzzyva”.');
  });
});
