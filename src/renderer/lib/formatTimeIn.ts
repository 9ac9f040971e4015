/** "Tue 3 Mar, 10:00" in a given zone (or this computer's). */
export function formatTimeIn(iso: string, timeZone?: string | null, withZone = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    // As formatClockTime: the locale's 12 h or 24 h clock, "6:25 PM" rather than "06:25 PM".
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}
