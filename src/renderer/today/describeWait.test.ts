import { expect, it } from 'vitest';
import { describeDays, describeLateness, describeReason } from './describeWait.ts';

const wait = {
  candidateId: '018f0000-0000-7000-8000-000000000001',
  candidateName: 'Ada Lovelace',
  stageId: 'rejected',
  reason: 'interview' as const,
  since: '2026-03-02T10:00:00.000Z',
  days: 4,
  workingDays: 3,
  lateness: 0,
  about: 'Technical interview',
  interviewId: null,
  followUpId: null,
};

it('says how late, why and how long in plain words', () => {
  expect(describeLateness(2)).toBe('2 working days late');
  expect(describeLateness(1)).toBe('1 working day late');
  expect(describeLateness(0)).toBe('Due today');
  expect(describeLateness(-1)).toBe('Due in 1 working day');
  expect(describeReason(wait, undefined)).toBe('Interview “Technical interview” ended; no answer sent yet');
  expect(describeReason({ ...wait, reason: 'stage' }, 'Rejected')).toBe('Moved to Rejected; not told yet');
  expect(describeReason({ ...wait, reason: 'follow_up', about: 'Send the take-home' }, undefined)).toBe(
    'Follow-up due: Send the take-home',
  );
  expect(describeDays(wait)).toBe('Waiting 4 days (3 working days)');
});
