import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, expect, test } from 'vitest';
import { formatClockTime } from '../../shared/time/formatClockTime.ts';
import { CallTimeChip } from './CallTimeChip.tsx';
import { TimeOfDayChip } from './TimeOfDayChip.tsx';

afterEach(() => formatClockTime.useLocale(undefined));

test('the call-time chip is a timer named "Call time 12:31", styled as the call clock', () => {
  const html = renderToStaticMarkup(<CallTimeChip seconds={751} />);
  expect(html).toContain('role="timer"');
  expect(html).toContain('aria-label="Call time 12:31"');
  expect(html).toContain('time-chip-call');
  expect(html).not.toContain('time-chip-clock');
});

test('the time-of-day chip is a <time> named "Time of day 18:25", styled as a wall clock', () => {
  formatClockTime.useLocale('en-GB');
  const at = new Date(2026, 2, 12, 18, 25).toISOString();
  const html = renderToStaticMarkup(<TimeOfDayChip at={at} />);
  expect(html).toContain(`dateTime="${at}"`);
  expect(html).toContain('role="img" aria-label="Time of day 18:25"');
  expect(html).toContain('time-chip-clock');
  expect(html).not.toContain('role="timer"');
});

test('under a 12-hour locale the time of day follows it', () => {
  formatClockTime.useLocale('en-US');
  const html = renderToStaticMarkup(<TimeOfDayChip at={new Date(2026, 2, 12, 18, 25).toISOString()} />);
  expect(html.replace(/\s/g, ' ')).toContain('aria-label="Time of day 6:25 PM"');
});
