import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';

let test: TestBackend;
let interviewId: string;
beforeEach(async () => {
  test = openTestBackend();
  const candidate = await test.call('candidates.create', { name: 'Barbara' });
  interviewId = (await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen' })).id;
});
afterEach(() => test.close());

const card = (
  sequence: number,
  changes: Partial<{ ratings: Record<string, 'yes' | 'no' | 'strong_yes'>; takeaways: string }> = {},
) => ({
  interviewId,
  sequence,
  ratings: { clarity: 'yes' as const },
  recommendation: 'yes' as const,
  takeaways: 'Clear',
  privateNote: 'Mentioned a competing offer',
  ...changes,
});

it('saves the whole card, ignoring a stale save and answering with the stored card', async () => {
  expect(await test.call('scorecards.save', card(2))).toMatchObject({
    ratings: { clarity: 'yes' },
    takeaways: 'Clear',
    sequence: 2,
  });
  // The reply carries the stored sequence, not the one sent, so the client can tell its save was dropped.
  expect(await test.call('scorecards.save', card(1, { takeaways: 'stale' }))).toMatchObject({
    takeaways: 'Clear',
    sequence: 2,
  });
  expect((await test.call('scorecards.get', { interviewId })).takeaways).toBe('Clear');
});

it('accepts a retry of the stored save and refuses different content under the same sequence', async () => {
  const stored = await test.call('scorecards.save', card(2));
  expect(await test.call('scorecards.save', card(2))).toEqual(stored);
  const conflict = await test.result('scorecards.save', card(2, { takeaways: 'second writer' }));
  expect(conflict).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect((await test.call('scorecards.get', { interviewId })).takeaways).toBe('Clear');
});

it('locks on submit, keeps each submitted revision, and opens the next revision on a later edit', async () => {
  await test.call('scorecards.save', card(1));
  const submitted = await test.call('scorecards.submit', { interviewId });
  expect(submitted).toMatchObject({ revision: 1, submittedAt: expect.any(String) });
  expect((await test.call('scorecards.submit', { interviewId })).submittedAt).toBe(submitted.submittedAt);

  // Saving the same content again (a retry) leaves the submitted revision alone.
  expect(await test.call('scorecards.save', card(2))).toMatchObject({
    revision: 1,
    submittedAt: submitted.submittedAt,
  });

  const edited = await test.call('scorecards.save', card(3, { ratings: { clarity: 'strong_yes' } }));
  expect(edited).toMatchObject({ revision: 2, submittedAt: null, ratings: { clarity: 'strong_yes' } });
  await test.call('scorecards.submit', { interviewId });

  const { items } = await test.call('scorecards.revisions', { interviewId });
  expect(items.map((item) => [item.revision, item.ratings.clarity])).toEqual([
    [2, 'strong_yes'],
    [1, 'yes'],
  ]);
});

it('refuses ratings outside the scale', async () => {
  const result = await test.result('scorecards.save', { ...card(1), ratings: { clarity: 'maybe' } });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

it('takes a partial save without a sequence from a script, keeping the fields it leaves out', async () => {
  await test.call('scorecards.save', card(4));
  const partial = await test.call('scorecards.save', { interviewId, recommendation: 'strong_yes' });
  expect(partial).toMatchObject({
    recommendation: 'strong_yes',
    ratings: { clarity: 'yes' },
    takeaways: 'Clear',
    privateNote: 'Mentioned a competing offer',
    sequence: 4,
  });
  // The app's next numbered save still applies.
  expect((await test.call('scorecards.save', card(5, { takeaways: 'Later' }))).takeaways).toBe('Later');
});
