import type { WaitReason } from '../schemas/waitReason.ts';
import { epochDayOf } from './epochDayOf.ts';
import { localDateOf } from './localDateOf.ts';
import { startOfLocalDay } from './startOfLocalDay.ts';
import { workingDaysBetween } from './workingDaysBetween.ts';

export type WaitClock = {
  /** The injected "now": never read from the system inside this logic, so tests can set it. */
  now: Date;
  timeZone: string;
  slaWorkingDays: number;
};

export type MeasuredWait = { since: string; days: number; workingDays: number; lateness: number };

/**
 * How long a candidate has waited and how late the answer is. An interview or a stage change is due
 * `slaWorkingDays` working days after it; a follow-up is due on its own day. Lateness is in working days past
 * that deadline: 0 means due today.
 */
export function measureWait(
  wait: { reason: WaitReason; since: string } | { reason: 'follow_up'; dueOn: string },
  clock: WaitClock,
): MeasuredWait {
  const today = localDateOf(clock.now, clock.timeZone);
  if ('dueOn' in wait) {
    const workingDays = workingDaysBetween(wait.dueOn, today);
    return {
      since: startOfLocalDay(wait.dueOn, clock.timeZone).toISOString(),
      days: epochDayOf(today) - epochDayOf(wait.dueOn),
      workingDays,
      lateness: workingDays,
    };
  }
  const sinceDay = localDateOf(new Date(wait.since), clock.timeZone);
  const workingDays = workingDaysBetween(sinceDay, today);
  return {
    since: wait.since,
    days: epochDayOf(today) - epochDayOf(sinceDay),
    workingDays,
    lateness: workingDays - clock.slaWorkingDays,
  };
}
