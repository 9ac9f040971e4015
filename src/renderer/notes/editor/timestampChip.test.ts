import { afterEach, expect, it } from 'vitest';
import { formatClockTime } from '../../../shared/time/formatClockTime.ts';
import { timestampChip } from './timestampChip.ts';

afterEach(() => formatClockTime.useLocale(undefined));

it('a call-time chip is named for the call and keeps its label', () => {
  expect(timestampChip({ seconds: 751, at: null, label: '12:31' })).toEqual({
    kind: 'call',
    label: '12:31',
    name: 'Call time 12:31',
  });
});

it('a time-of-day chip is named for the clock and follows the locale’s clock, whatever its stored label', () => {
  const at = new Date(2026, 2, 12, 18, 25).toISOString();
  formatClockTime.useLocale('en-US');
  const twelve = timestampChip({ seconds: null, at, label: '18:25' });
  expect(twelve.kind).toBe('clock');
  expect(twelve.label.replace(/\s/g, ' ')).toBe('6:25 PM');
  expect(twelve.name.replace(/\s/g, ' ')).toBe('Time of day 6:25 PM');
  formatClockTime.useLocale('en-GB');
  expect(timestampChip({ seconds: null, at, label: '6:25 PM' }).name).toBe('Time of day 18:25');
});

it('a chip with a broken moment still reads as its stored label', () => {
  expect(timestampChip({ at: 'not a moment', label: '09:07' })).toEqual({
    kind: 'clock',
    label: '09:07',
    name: 'Time of day 09:07',
  });
  expect(timestampChip(undefined)).toEqual({ kind: 'call', label: '', name: 'Call time ' });
});
