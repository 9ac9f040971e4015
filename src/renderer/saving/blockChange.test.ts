import { expect, it } from 'vitest';
import { blockChange } from './blockChange.ts';

const [a, b, c, d, x, y] = ['a', 'b', 'c', 'd', 'x', 'y'].map((name) => ({ name }));

it('finds the changed run between the common start and end, by identity', () => {
  expect(blockChange([a, b, c], [a, x, c])).toEqual({ from: 1, removed: 1, inserted: 1 });
  expect(blockChange([a, b, c], [a, b, x, c])).toEqual({ from: 2, removed: 0, inserted: 1 });
  expect(blockChange([a, b, c, d], [a, d])).toEqual({ from: 1, removed: 2, inserted: 0 });
  expect(blockChange([a, b], [x, y, a, b])).toEqual({ from: 0, removed: 0, inserted: 2 });
  expect(blockChange([a, b], [a, b])).toEqual({ from: 2, removed: 0, inserted: 0 });
  expect(blockChange([], [a])).toEqual({ from: 0, removed: 0, inserted: 1 });
  // An equal-looking but new object counts as changed: nothing is compared by content.
  expect(blockChange([a], [{ name: 'a' }])).toEqual({ from: 0, removed: 1, inserted: 1 });
});

it('never counts a block twice when the same block repeats at both ends', () => {
  expect(blockChange([a, a], [a])).toEqual({ from: 1, removed: 1, inserted: 0 });
  expect(blockChange([a], [a, a])).toEqual({ from: 1, removed: 0, inserted: 1 });
});
