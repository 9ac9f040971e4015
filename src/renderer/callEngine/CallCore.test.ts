import { describe, expect, it } from 'vitest';
import { callTransitions } from './CallState.ts';

describe('the transition table', () => {
  it('lets nothing leave ended or failed, and everything reach them', () => {
    expect(callTransitions.ended).toEqual([]);
    expect(callTransitions.failed).toEqual([]);
    for (const state of ['idle', 'lobby', 'connecting', 'connected', 'reconnecting'] as const) {
      expect(callTransitions[state]).toContain('ended');
      expect(callTransitions[state]).toContain('failed');
    }
  });
});
