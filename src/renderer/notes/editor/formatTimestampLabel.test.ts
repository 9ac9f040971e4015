import { afterEach, expect, it } from 'vitest';
import { formatClockTime } from '../../../shared/time/formatClockTime.ts';
import { formatTimestampLabel } from './formatTimestampLabel.ts';

afterEach(() => formatClockTime.useLocale(undefined));

it('writes elapsed call time as mm:ss, past the hour too', () => {
  expect(formatTimestampLabel({ seconds: 0 })).toBe('00:00');
  expect(formatTimestampLabel({ seconds: 75.9 })).toBe('01:15');
  expect(formatTimestampLabel({ seconds: 3723 })).toBe('62:03');
});

it('writes the time of day in the locale’s clock, 24 h or 12 h, as chat and lists do', () => {
  const morning = new Date(2026, 0, 5, 9, 7, 59);
  formatClockTime.useLocale('en-GB');
  expect(formatTimestampLabel({ at: morning })).toBe('9:07');
  expect(formatTimestampLabel({ at: new Date(2026, 0, 5, 18, 25) })).toBe('18:25');
  formatClockTime.useLocale('en-US');
  expect(formatTimestampLabel({ at: new Date(2026, 0, 5, 18, 25) }).replace(/\s/g, ' ')).toBe('6:25 PM');
});
