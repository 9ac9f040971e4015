import { epochDayOf } from './epochDayOf.ts';

/** Monday to Friday up to and including `day` (an epoch day; 1970-01-01 was a Thursday). */
function weekdaysThrough(day: number): number {
  const weeks = Math.floor(day / 7);
  const rest = day - weeks * 7;
  // Within a week counted from Thursday: Thu, Fri are working days, Sat, Sun are not, Mon–Wed are.
  const partial = [1, 2, 2, 2, 3, 4, 5][rest]!;
  return weeks * 5 + partial;
}

/**
 * Working days (Monday to Friday) after `from` up to and including `to`, both calendar dates: Monday to
 * Thursday is 3, Friday to Monday is 1. Negative when `to` comes first. Public holidays are not known.
 */
export function workingDaysBetween(from: string, to: string): number {
  return weekdaysThrough(epochDayOf(to)) - weekdaysThrough(epochDayOf(from));
}
