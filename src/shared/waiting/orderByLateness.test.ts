import { expect, it } from 'vitest';
import { orderByLateness } from './orderByLateness.ts';
import type { WaitRow } from './WaitRow.ts';

const clock = { now: new Date('2026-03-05T15:00:00Z'), timeZone: 'Europe/Warsaw', slaWorkingDays: 3 };
const base = { stageId: 'interviewing', about: null, interviewId: null, followUpId: null };

function interview(name: string, since: string): WaitRow {
  return { ...base, candidateId: name, candidateName: name, reason: 'interview', since };
}
function followUp(name: string, dueOn: string): WaitRow {
  return { ...base, candidateId: name, candidateName: name, reason: 'follow_up', dueOn };
}

it('orders by lateness against the SLA, across reasons, one row per candidate at their latest', () => {
  const interviews = [
    interview('Ada', '2026-02-23T10:00:00.000Z'), // 8 working days: 5 late
    interview('Cara', '2026-03-02T10:00:00.000Z'), // 3: due today
    interview('Dan', '2026-03-04T10:00:00.000Z'), // 1: 2 to go
  ];
  const followUps = [
    followUp('Bea', '2026-02-26'), // 5 working days past its day
    followUp('Cara', '2026-02-27'), // 4 past: Cara's latest reason
    followUp('Eve', '2026-03-05'), // due today
  ];
  const ordered = orderByLateness([interviews, followUps], clock, 10);
  expect(ordered.map((row) => [row.candidateName, row.reason, row.lateness])).toEqual([
    ['Ada', 'interview', 5],
    ['Bea', 'follow_up', 5],
    ['Cara', 'follow_up', 4],
    ['Eve', 'follow_up', 0],
    ['Dan', 'interview', -2],
  ]);
  // Ada and Bea are both five days late; Ada has waited longer, so she comes first.
  expect(ordered[0]!.since < ordered[1]!.since).toBe(true);
});

it('stops at the limit and copes with empty sources', () => {
  const interviews = [
    interview('Ada', '2026-02-23T10:00:00.000Z'),
    interview('Cara', '2026-03-02T10:00:00.000Z'),
  ];
  expect(orderByLateness([interviews, []], clock, 1).map((row) => row.candidateName)).toEqual(['Ada']);
  expect(orderByLateness([[], []], clock, 5)).toEqual([]);
});
