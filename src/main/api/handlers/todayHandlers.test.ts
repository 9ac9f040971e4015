import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';

// The clock every handler reads; tests move it. Thursday 5 March 2026, 16:00 in Warsaw.
let now = new Date('2026-03-05T15:00:00Z');
const shown: { title: string; body: string; opens?: 'today' }[] = [];
let test: TestBackend;
const timeZone = 'Europe/Warsaw';

beforeEach(() => {
  now = new Date('2026-03-05T15:00:00Z');
  shown.length = 0;
  test = openTestBackend({
    clock: () => now,
    desktop: {
      notify: (title, body, opens) => (shown.push({ title, body, ...(opens ? { opens } : {}) }), true),
      savePdf: async () => null,
    },
  });
});
afterEach(() => test.close());

async function at<T>(iso: string, action: () => Promise<T>): Promise<T> {
  const before = now;
  now = new Date(iso);
  try {
    return await action();
  } finally {
    now = before;
  }
}

/** An interview that ended at `endedAt` (the clock set there while it ends), scorecard submitted. */
async function interviewed(name: string, endedAt: string) {
  const candidate = await test.call('candidates.create', { name, stageId: 'interviewing' });
  const interview = await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen' });
  await test.call('interviews.start', { id: interview.id });
  await at(endedAt, async () => {
    await test.call('interviews.end', { id: interview.id });
    await test.call('scorecards.save', { interviewId: interview.id, recommendation: 'yes' });
    await test.call('scorecards.submit', { interviewId: interview.id });
  });
  return { candidate, interview };
}

describe('Waiting on you, with an injected clock', () => {
  it('lists interviews with no answer, due follow-ups and silent stage changes, ordered by lateness', async () => {
    const ada = await interviewed('Ada', '2026-02-23T10:00:00.000Z'); // Monday a week before: 8 working days
    const cara = await interviewed('Cara', '2026-03-02T10:00:00.000Z'); // Monday: 3, due today
    await interviewed('Dan', '2026-03-04T10:00:00.000Z'); // yesterday: 1
    const bea = await test.call('candidates.create', { name: 'Bea' });
    await test.call('followUps.create', {
      candidateId: bea.id,
      title: 'Send the take-home',
      dueOn: '2026-02-26',
    });
    await test.call('followUps.create', {
      candidateId: cara.candidate.id,
      title: 'Call back',
      dueOn: '2026-03-05',
    });
    const eve = await test.call('candidates.create', { name: 'Eve' });
    await at('2026-03-03T09:00:00.000Z', () =>
      test.call('candidates.setStage', { id: eve.id, stageId: 'screening' }),
    );
    // Not waiting: a follow-up still to come, and someone merely added.
    const fay = await test.call('candidates.create', { name: 'Fay' });
    await test.call('followUps.create', { candidateId: fay.id, title: 'Later', dueOn: '2026-03-20' });

    const today = await test.call('today.get', { timeZone });
    expect(today.today).toBe('2026-03-05');
    expect(today.slaWorkingDays).toBe(3);
    expect(today.waiting.total).toBe(5);
    expect(
      today.waiting.items.map((item) => [item.candidateName, item.reason, item.lateness, item.workingDays]),
    ).toEqual([
      ['Ada', 'interview', 5, 8],
      ['Bea', 'follow_up', 5, 5],
      ['Cara', 'interview', 0, 3],
      ['Eve', 'stage', -1, 2],
      ['Dan', 'interview', -2, 1],
    ]);
    expect(today.waiting.items[0]).toMatchObject({ interviewId: ada.interview.id, about: 'Screen' });
    expect(today.followUps.overdue).toBe(1);
    expect(today.record).toMatchObject({
      oldestWaitWorkingDays: 8,
      oldestWaitCandidateName: 'Ada',
      interviewed90: 3,
      answered90: 0,
    });

    // A shorter SLA makes everyone later; a candidate in the Trash drops off.
    await test.call('profile.updateAnswering', { slaWorkingDays: 1 });
    await test.call('candidates.delete', { id: ada.candidate.id });
    const stricter = await test.call('today.get', { timeZone });
    expect(stricter.waiting.items.map((item) => [item.candidateName, item.lateness])).toEqual([
      ['Bea', 5],
      ['Cara', 2],
      ['Eve', 1],
      ['Dan', 0],
    ]);
    // The list's "Waiting since" comes with the candidate.
    expect((await test.call('candidates.get', { id: cara.candidate.id })).waitingSince).toBe(
      '2026-03-02T10:00:00.000Z',
    );
  });

  it('feedback sent, a reply logged or a follow-up done takes a candidate off, and counts in the record', async () => {
    const ada = await interviewed('Ada', '2026-03-02T10:00:00.000Z');
    const bea = await interviewed('Bea', '2026-03-03T10:00:00.000Z');
    const draft = await test.call('feedback.open', {
      candidateId: ada.candidate.id,
      interviewId: ada.interview.id,
    });
    expect(
      await test.call('feedback.open', { candidateId: ada.candidate.id, interviewId: ada.interview.id }),
    ).toMatchObject({ id: draft.id });
    await at('2026-03-04T10:00:00.000Z', () => test.call('feedback.markSent', { id: draft.id }));
    await test.call('today.markAnswered', { candidateId: bea.candidate.id, note: 'Called her' });
    const today = await test.call('today.get', { timeZone });
    expect(today.waiting.total).toBe(0);
    expect(today.record).toMatchObject({ medianDays30: 2.1, interviewed90: 2, answered90: 2 });
    const timeline = await test.call('candidates.timeline', { id: ada.candidate.id });
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'touchpoint', title: 'Feedback sent' }),
    );
    // Sent feedback no longer changes.
    expect(
      (
        await test.result('feedback.save', {
          id: draft.id,
          document: { type: 'doc', content: [] },
          sequence: 9,
        })
      ).ok,
    ).toBe(false);
  });

  it('refuses feedback before the scorecard is submitted, and never mixes another candidate in', async () => {
    const candidate = await test.call('candidates.create', { name: 'Ada' });
    const other = await test.call('candidates.create', { name: 'Bo' });
    const interview = await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen' });
    const early = await test.result('feedback.open', {
      candidateId: candidate.id,
      interviewId: interview.id,
    });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Submit the scorecard') },
    });
    await test.call('scorecards.save', { interviewId: interview.id, recommendation: 'no' });
    await test.call('scorecards.submit', { interviewId: interview.id });
    const wrong = await test.result('feedback.open', { candidateId: other.id, interviewId: interview.id });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('tells the desktop about an overdue follow-up once, and Done records it on the timeline', async () => {
    const ada = await test.call('candidates.create', { name: 'Ada' });
    const followUp = await test.call('followUps.create', {
      candidateId: ada.id,
      title: 'Send the take-home',
      dueOn: '2026-03-04',
    });
    const first = await test.call('followUps.takeOverdue', { timeZone });
    expect(first).toMatchObject({ shownOnDesktop: true, items: [{ id: followUp.id }] });
    expect(shown).toEqual([{ title: 'Follow-up overdue: Ada', body: 'Send the take-home', opens: 'today' }]);
    expect((await test.call('followUps.takeOverdue', { timeZone })).items).toEqual([]);
    await test.call('followUps.complete', { id: followUp.id });
    const timeline = await test.call('candidates.timeline', { id: ada.id });
    expect(timeline.items[0]).toMatchObject({
      kind: 'touchpoint',
      title: 'Follow-up done: Send the take-home',
    });
    expect((await test.call('today.get', { timeZone })).followUps.overdue).toBe(0);
    for (const bad of [
      { dueOn: '2026-02-30' },
      { dueOn: 'tomorrow' },
      { title: '' },
      { title: 'x'.repeat(201) },
    ]) {
      const refused = await test.result('followUps.create', {
        candidateId: ada.id,
        title: 'ok',
        dueOn: '2026-03-09',
        ...bad,
      });
      expect(refused, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('Today lists the interviews of today and later in the recruiter’s zone, startable near their time', async () => {
    const ada = await test.call('candidates.create', { name: 'Ada' });
    const soon = await test.call('schedule.create', {
      candidateId: ada.id,
      title: 'Screen',
      startsAt: '2026-03-05T15:05:00.000Z',
      durationMinutes: 30,
      timeZone,
    });
    expect(soon.invitation.linkProblem).toMatch(/signalling server/);
    await test.call('schedule.create', {
      candidateId: ada.id,
      title: 'Final',
      startsAt: '2026-03-09T09:00:00.000Z',
      durationMinutes: 60,
      timeZone,
    });
    const today = await test.call('today.get', { timeZone });
    expect(today.interviews.map((item) => [item.title, item.when, item.startable])).toEqual([
      ['Screen', 'today', true],
      ['Final', 'upcoming', false],
    ]);
    // Scheduling is contact: Ada is not waiting, and the timeline says so.
    expect(today.waiting.total).toBe(0);
    await test.call('schedule.cancel', { interviewId: soon.interview.id });
    expect((await test.call('today.get', { timeZone })).interviews.map((item) => item.title)).toEqual([
      'Final',
    ]);
  });
});
