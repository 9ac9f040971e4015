import { afterEach, describe, expect, test } from 'vitest';
import { formatClockTime } from './formatClockTime.ts';

const evening = new Date(2026, 2, 12, 18, 25, 40);

describe('formatClockTime', () => {
  afterEach(() => formatClockTime.useLocale(undefined));

  test('a 24-hour locale gets 18:25', () => {
    formatClockTime.useLocale('en-GB');
    expect(formatClockTime(evening)).toBe('18:25');
  });

  test('a 12-hour locale gets 6:25 PM, from an ISO string as well as a Date', () => {
    formatClockTime.useLocale('en-US');
    expect(formatClockTime(evening).replace(/\s/g, ' ')).toBe('6:25 PM');
    expect(formatClockTime(evening.toISOString()).replace(/\s/g, ' ')).toBe('6:25 PM');
  });

  test('a string that is no date comes back as it is (bounded), never "Invalid Date"', () => {
    expect(formatClockTime('not a date at all, really not')).toBe('not a date at al');
    expect(formatClockTime(Number.NaN)).toBe('');
  });
});
