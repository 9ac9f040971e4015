const defaultMinutes = 3;

/** How long editing goes on between two automatic snapshots of a note: three minutes unless configured. */
export function noteRevisionIntervalMs(minutes: number | undefined): number {
  return Math.max(0, minutes ?? defaultMinutes) * 60_000;
}
