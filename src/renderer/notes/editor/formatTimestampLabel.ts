/**
 * The label of a timestamp chip: elapsed call time as mm:ss (minutes keep counting past 59, as call timers do),
 * or the wall-clock time as HH:MM when no call is running.
 */
export function formatTimestampLabel(stamp: { seconds: number } | { at: Date }): string {
  if ('seconds' in stamp) {
    const whole = Math.max(0, Math.floor(stamp.seconds));
    return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
  }
  return `${String(stamp.at.getHours()).padStart(2, '0')}:${String(stamp.at.getMinutes()).padStart(2, '0')}`;
}
