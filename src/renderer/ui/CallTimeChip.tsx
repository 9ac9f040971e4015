import { formatCallTime } from '../lib/formatCallTime.ts';
import './timeChips.css';

/** Time into the call, as a stopwatch: "Call time 12:31". A `timer` role, since it counts while it is shown. */
export function CallTimeChip({ seconds }: { seconds: number }) {
  const label = formatCallTime(seconds);
  return (
    <span role="timer" aria-label={`Call time ${label}`} className="time-chip time-chip-call">
      <span className="time-chip-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
