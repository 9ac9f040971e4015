import { expect, it } from 'vitest';
import { parseByteRange } from './parseByteRange.ts';

it('reads the ranges players send', () => {
  expect(parseByteRange(undefined, 100)).toBeNull();
  expect(parseByteRange('bytes=0-', 100)).toEqual({ start: 0, end: 100 });
  expect(parseByteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 20 });
  expect(parseByteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 100 });
  expect(parseByteRange('bytes=-30', 100)).toEqual({ start: 70, end: 100 });
  expect(parseByteRange('bytes=0-9, 20-29', 100)).toEqual({ start: 0, end: 10 });
});

it('refuses ranges outside the body', () => {
  expect(parseByteRange('bytes=100-', 100)).toBe('unsatisfiable');
  expect(parseByteRange('bytes=20-10', 100)).toBe('unsatisfiable');
  expect(parseByteRange('items=0-1', 100)).toBe('unsatisfiable');
  expect(parseByteRange('bytes=-0', 100)).toBe('unsatisfiable');
});
