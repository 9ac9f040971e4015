/** "Tuesday, 3 March 2026, 10:00–10:45 (Berlin time)" in a zone, for invitations and the join page alike. */
export function formatMeetingTime(
  startsAt: string,
  durationMinutes: number | null,
  timeZone: string,
): string {
  const start = new Date(startsAt);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const time = (instant: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  const city = timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  const zone = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 'UTC' : `${city} time`;
  if (durationMinutes === null) return `${day}, ${time(start)} (${zone})`;
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return `${day}, ${time(start)}–${time(end)} (${zone})`;
}
