const millisecondsPerDay = 86_400_000;

/** Days since 1970-01-01 of a calendar date, for arithmetic on dates that have no zone. */
export function epochDayOf(localDate: string): number {
  return Math.round(Date.parse(`${localDate}T00:00:00Z`) / millisecondsPerDay);
}
