import { formatClockTime } from '../../../shared/time/formatClockTime.ts';

/**
 * The label of a timestamp chip: elapsed call time as mm:ss (minutes keep counting past 59, as call timers do),
 * or, when no call is running, the time of day in the app's one clock format ("18:25" or "6:25 PM").
 */
export function formatTimestampLabel(stamp: { seconds: number } | { at: Date }): string {
  if ('seconds' in stamp) {
    const whole = Math.max(0, Math.floor(stamp.seconds));
    return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
  }
  return formatClockTime(stamp.at);
}
