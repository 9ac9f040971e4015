import { expect, it } from 'vitest';
import { formatCallTime } from './formatCallTime.ts';

it('shows mm:ss, and h:mm:ss past an hour', () => {
  expect(formatCallTime(0)).toBe('00:00');
  expect(formatCallTime(754)).toBe('12:34');
  expect(formatCallTime(3725)).toBe('1:02:05');
  expect(formatCallTime(-5)).toBe('00:00');
});
