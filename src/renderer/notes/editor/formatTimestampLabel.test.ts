import { expect, it } from 'vitest';
import { formatTimestampLabel } from './formatTimestampLabel.ts';

it('writes elapsed call time as mm:ss, past the hour too', () => {
  expect(formatTimestampLabel({ seconds: 0 })).toBe('00:00');
  expect(formatTimestampLabel({ seconds: 75.9 })).toBe('01:15');
  expect(formatTimestampLabel({ seconds: 3723 })).toBe('62:03');
});

it('writes the wall clock as HH:MM when no call runs', () => {
  expect(formatTimestampLabel({ at: new Date(2026, 0, 5, 9, 7, 59) })).toBe('09:07');
});
