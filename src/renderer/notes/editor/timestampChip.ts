import { formatClockTime } from '../../../shared/time/formatClockTime.ts';

type TimestampAttributes = { seconds?: unknown; at?: unknown; label?: unknown };

/**
 * What a note's timestamp chip shows and is called, the same in the editor and the read-only view. A time of
 * day is shown from its moment in today's clock format (a note written under a 24-hour clock reads "6:25 PM"
 * on a 12-hour one); a call time is its stored label. The name says which clock it is: "Call time 12:31",
 * "Time of day 6:25 PM".
 */
export function timestampChip(attributes: TimestampAttributes | undefined): {
  kind: 'call' | 'clock';
  label: string;
  name: string;
} {
  const stored = typeof attributes?.label === 'string' ? attributes.label : '';
  const at = typeof attributes?.at === 'string' ? attributes.at : null;
  if (typeof attributes?.seconds !== 'number' && at !== null) {
    const label = Number.isNaN(Date.parse(at)) ? stored : formatClockTime(at);
    return { kind: 'clock', label, name: `Time of day ${label}` };
  }
  return { kind: 'call', label: stored, name: `Call time ${stored}` };
}
