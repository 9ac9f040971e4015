import { localDateOf } from './localDateOf.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar date begins in a time zone (the first moment that exists, on a day DST skips midnight). */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${localDate}T00:00:00Z`);
  let instant = midnightUtc - offsetAt(midnightUtc, timeZone);
  instant = midnightUtc - offsetAt(instant, timeZone);
  // A zone that jumps over midnight: step forward to the first instant that is on that date.
  while (localDateOf(new Date(instant), timeZone) < localDate) instant += 15 * 60_000;
  return new Date(instant);
}
