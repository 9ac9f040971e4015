import { expect, it } from 'vitest';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { nextStepFor } from './nextStepFor.ts';

const candidate = { deletedAt: null, waitingSince: null, followUpDueOn: null } as Candidate;
const open: Stage = { id: 'interviewing', name: 'Interviewing', position: 3, kind: 'open' };
const rejected: Stage = { id: 'rejected', name: 'Rejected', position: 6, kind: 'rejected' };
const now = Date.parse('2026-03-03T09:55:00Z');
const interview = (changes: Partial<Interview>) =>
  ({
    id: 'i1',
    status: 'planned',
    scheduledAt: null,
    durationMinutes: null,
    cancelledAt: null,
    ...changes,
  }) as Interview;

it('leads with Start call when an interview is about to start or running', () => {
  const soon = interview({ scheduledAt: '2026-03-03T10:00:00.000Z', durationMinutes: 45 });
  expect(nextStepFor(candidate, open, [soon], '2026-03-03', now).kind).toBe('startCall');
  expect(nextStepFor(candidate, open, [interview({ status: 'in_progress' })], '2026-03-03', now).kind).toBe(
    'startCall',
  );
  expect(nextStepFor(candidate, open, [soon], '2026-03-03', now - 3_600_000).kind).toBe('followUp');
});

it('a rejected candidate is owed feedback, never an interview', () => {
  const done = interview({ id: 'done', status: 'done' });
  expect(nextStepFor({ ...candidate, waitingSince: 'x' }, rejected, [done], '2026-03-03', now)).toEqual({
    kind: 'writeFeedback',
    interviewId: 'done',
  });
  expect(nextStepFor(candidate, rejected, [], '2026-03-03', now)).toEqual({
    kind: 'writeFeedback',
    interviewId: null,
  });
});

it('then a due follow-up, then scheduling', () => {
  expect(nextStepFor({ ...candidate, followUpDueOn: '2026-03-02' }, open, [], '2026-03-03', now).kind).toBe(
    'followUp',
  );
  expect(nextStepFor(candidate, open, [], '2026-03-03', now).kind).toBe('schedule');
  expect(nextStepFor({ ...candidate, deletedAt: 'x' }, open, [], '2026-03-03', now).kind).toBe('none');
});
