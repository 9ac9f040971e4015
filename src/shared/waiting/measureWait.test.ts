import { describe, expect, it } from 'vitest';
import { measureWait } from './measureWait.ts';
import { startOfLocalDay } from './startOfLocalDay.ts';

// Thursday 5 March 2026, 16:00 in Warsaw.
const clock = { now: new Date('2026-03-05T15:00:00Z'), timeZone: 'Europe/Warsaw', slaWorkingDays: 3 };

describe('measureWait with an injected clock', () => {
  it('an interview on Monday is due on Thursday: three working days, on time today', () => {
    expect(measureWait({ reason: 'interview', since: '2026-03-02T10:00:00.000Z' }, clock)).toEqual({
      since: '2026-03-02T10:00:00.000Z',
      days: 3,
      workingDays: 3,
      lateness: 0,
    });
  });

  it('a stage change on the Friday before is one working day late; the weekend does not count', () => {
    const wait = measureWait({ reason: 'stage', since: '2026-02-27T12:00:00.000Z' }, clock);
    expect(wait).toMatchObject({ days: 6, workingDays: 4, lateness: 1 });
  });

  it('the SLA is configurable', () => {
    const wait = measureWait(
      { reason: 'interview', since: '2026-03-02T10:00:00.000Z' },
      { ...clock, slaWorkingDays: 1 },
    );
    expect(wait.lateness).toBe(2);
  });

  it('days are counted in the recruiter’s zone: 23:30 UTC on Monday is already Tuesday in Warsaw', () => {
    const wait = measureWait({ reason: 'interview', since: '2026-03-02T23:30:00.000Z' }, clock);
    expect(wait).toMatchObject({ days: 2, workingDays: 2, lateness: -1 });
    const inLondon = measureWait(
      { reason: 'interview', since: '2026-03-02T23:30:00.000Z' },
      { ...clock, timeZone: 'Europe/London' },
    );
    expect(inLondon).toMatchObject({ days: 3, workingDays: 3, lateness: 0 });
  });

  it('a follow-up is due on its own day and waits from that day’s start', () => {
    expect(measureWait({ reason: 'follow_up', dueOn: '2026-03-05' }, clock)).toEqual({
      since: '2026-03-04T23:00:00.000Z',
      days: 0,
      workingDays: 0,
      lateness: 0,
    });
    expect(measureWait({ reason: 'follow_up', dueOn: '2026-03-02' }, clock)).toMatchObject({ lateness: 3 });
    expect(measureWait({ reason: 'follow_up', dueOn: '2026-03-09' }, clock)).toMatchObject({ lateness: -2 });
  });

  it('finds local midnight across a DST change', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Warsaw').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Warsaw').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});
