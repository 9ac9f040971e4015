import { afterEach, expect, it } from 'vitest';
import { callClock } from './callClock.ts';

afterEach(() => callClock.setStartedAt(null));

it('reports no elapsed time without a call, and whole seconds during one', () => {
  expect(callClock.getElapsedSeconds()).toBeNull();
  let changes = 0;
  const unsubscribe = callClock.subscribe(() => (changes += 1));
  callClock.setStartedAt(10_000);
  expect(callClock.getElapsedSeconds(75_999)).toBe(65);
  callClock.setStartedAt(10_000);
  callClock.setStartedAt(null);
  unsubscribe();
  expect(changes).toBe(2);
});
