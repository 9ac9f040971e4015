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

async function interviewFromKit(requireRatingNotes: boolean) {
  const candidate = await test.call('candidates.create', { name: 'Ada' });
  const kit = await test.call('kits.create', {
    name: 'Screen',
    definition: {
      requireRatingNotes,
      attributeCategories: [
        {
          name: 'Skills',
          attributes: [
            { id: 'solving', name: 'Problem solving' },
            { id: 'talking', name: 'Communication' },
          ],
        },
      ],
    },
  });
  return (await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen', kitId: kit.id }))
    .id;
}

it('refuses to submit an incomplete card, naming the unrated attribute, and writes nothing', async () => {
  const id = await interviewFromKit(false);
  expect(await test.result('scorecards.submit', { interviewId: id })).toMatchObject({
    ok: false,
    error: {
      code: 'invalid_input',
      message: expect.stringContaining('Rate “Problem solving” or choose No decision'),
    },
  });
  await test.call('scorecards.save', { interviewId: id, ratings: { solving: 'yes' }, recommendation: 'yes' });
  const refused = await test.result('scorecards.submit', { interviewId: id });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', message: expect.stringContaining('“Communication”') },
  });
  expect(JSON.stringify(refused)).not.toContain('Problem solving');
  expect((await test.call('scorecards.get', { interviewId: id })).submittedAt).toBeNull();
  expect((await test.call('scorecards.revisions', { interviewId: id })).items).toEqual([]);

  await test.call('scorecards.save', {
    interviewId: id,
    ratings: { solving: 'yes', talking: 'no_decision' },
    recommendation: 'yes',
  });
  expect((await test.call('scorecards.submit', { interviewId: id })).submittedAt).not.toBeNull();
});

it('refuses a submit without an overall recommendation, even with no kit', async () => {
  expect(await test.result('scorecards.submit', { interviewId })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', message: expect.stringContaining('overall recommendation') },
  });
});

it('a kit that requires notes refuses a rating without one; the notes are kept with the revision', async () => {
  const id = await interviewFromKit(true);
  await test.call('scorecards.save', {
    interviewId: id,
    ratings: { solving: 'yes', talking: 'no_decision' },
    ratingNotes: { solving: '  ' },
    recommendation: 'yes',
  });
  expect(await test.result('scorecards.submit', { interviewId: id })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', message: expect.stringContaining('Add a note on “Problem solving”') },
  });
  await test.call('scorecards.save', {
    interviewId: id,
    ratingNotes: { solving: 'Found the bug in minutes.' },
  });
  await test.call('scorecards.submit', { interviewId: id });
  const [revision] = (await test.call('scorecards.revisions', { interviewId: id })).items;
  expect(revision!.ratingNotes).toEqual({ solving: 'Found the bug in minutes.' });
});

it('reopen makes a submitted card the next revision’s draft, keeping the submitted one; on a draft it does nothing', async () => {
  await test.call('scorecards.save', card(1));
  expect(await test.call('scorecards.reopen', { interviewId })).toMatchObject({
    revision: 1,
    submittedAt: null,
  });
  await test.call('scorecards.submit', { interviewId });
  const reopened = await test.call('scorecards.reopen', { interviewId });
  expect(reopened).toMatchObject({ revision: 2, submittedAt: null, ratings: { clarity: 'yes' } });
  expect((await test.call('scorecards.reopen', { interviewId })).revision).toBe(2);
  await test.call('scorecards.save', card(2, { takeaways: 'Clearer on a second look' }));
  await test.call('scorecards.submit', { interviewId });
  const { items } = await test.call('scorecards.revisions', { interviewId });
  expect(items.map((item) => [item.revision, item.takeaways])).toEqual([
    [2, 'Clearer on a second look'],
    [1, 'Clear'],
  ]);
});
