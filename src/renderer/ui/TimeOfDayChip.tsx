import { formatClockTime } from '../../shared/time/formatClockTime.ts';
import './timeChips.css';

/** A moment of the day, as a clock shows it: "Time of day 18:25", in the app's one clock format. */
export function TimeOfDayChip({ at }: { at: string }) {
  const label = formatClockTime(at);
  return (
    // role="img": a <time> alone has no role, so its aria-label would not reach assistive tech.
    <time dateTime={at} role="img" aria-label={`Time of day ${label}`} className="time-chip time-chip-clock">
      {label}
    </time>
  );
}
