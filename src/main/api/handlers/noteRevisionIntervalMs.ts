import type { HandlerContext } from './HandlerContext.ts';

const defaultMinutes = 3;

/** How long editing goes on between two automatic snapshots of a note: three minutes unless configured. */
export function noteRevisionIntervalMs(context: HandlerContext): number {
  const minutes = context.noteRevisionIntervalMinutes ?? defaultMinutes;
  return Math.max(0, minutes) * 60_000;
}
