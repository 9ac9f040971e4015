import { describe, expect, it } from 'vitest';
import type { SavedSearch } from '../../../shared/schemas/savedSearch.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';

const backend = useTestBackend();
const { call } = backend;
const list = async () => (await call<{ items: SavedSearch[] }>('savedSearches.list', {})).items;
const counts = async () => Object.fromEntries((await list()).map((saved) => [saved.name, saved.count]));

describe('savedSearches', () => {
  it('keeps a name and a query, listed by name, each with a live count', async () => {
    const ana = await call<Candidate>('candidates.create', {
      name: 'Ana',
      location: 'Lisboa',
      source: 'Referral',
    });
    await call('candidates.create', { name: 'Bruno', location: 'Porto', source: 'Meetup' });
    const saved = await call<SavedSearch>('savedSearches.create', {
      name: '  Lisboa referrals ',
      query: ' (referral OR meetup) AND location:lisboa ',
    });
    expect(saved).toMatchObject({
      name: 'Lisboa referrals',
      query: '(referral OR meetup) AND location:lisboa',
      count: 1,
    });
    await call('savedSearches.create', { name: 'everyone but Lisboa', query: '-lisboa' });
    expect(await counts()).toEqual({ 'everyone but Lisboa': 1, 'Lisboa referrals': 1 });

    const carla = await call<Candidate>('candidates.create', { name: 'Carla', location: 'Lisboa' });
    insertTestNote(backend.database, { candidateId: carla.id, text: 'Met at a meetup.' });
    expect(await counts()).toEqual({ 'everyone but Lisboa': 1, 'Lisboa referrals': 2 });
    await call('candidates.delete', { id: ana.id });
    expect(await counts()).toEqual({ 'everyone but Lisboa': 1, 'Lisboa referrals': 1 });

    const renamed = await call<SavedSearch>('savedSearches.update', {
      id: saved.id,
      changes: { name: 'Porto', query: 'location:porto' },
    });
    expect(renamed).toMatchObject({ name: 'Porto', query: 'location:porto', count: 1 });
    expect((await list()).map((item) => item.name)).toEqual(['everyone but Lisboa', 'Porto']);
    expect(await call('savedSearches.delete', { id: saved.id })).toEqual({ deleted: true });
    expect((await list()).map((item) => item.name)).toEqual(['everyone but Lisboa']);
  });

  it('refuses a taken name, a query with no word, too many searches and unknown ids, writing nothing', async () => {
    const first = await call<SavedSearch>('savedSearches.create', { name: 'Remote', query: 'tag:remote' });
    const refusals: Array<[string, unknown, string, string?]> = [
      ['savedSearches.create', { name: 'REMOTE', query: 'remote' }, 'conflict', 'name'],
      ['savedSearches.create', { name: 'Nothing', query: 'AND ()' }, 'invalid_input', 'query'],
      ['savedSearches.create', { name: 'Blank', query: '   ' }, 'invalid_input', 'query'],
      ['savedSearches.create', { name: '', query: 'kotlin' }, 'invalid_input', 'name'],
      ['savedSearches.create', { name: 'Long', query: 'a'.repeat(1001) }, 'invalid_input', 'query'],
      ['savedSearches.update', { id: first.id, changes: { query: '🎉' } }, 'invalid_input', 'query'],
      ['savedSearches.update', { id: '018f0000-0000-7000-8000-000000000099', changes: {} }, 'not_found'],
      ['savedSearches.delete', { id: '018f0000-0000-7000-8000-000000000099' }, 'not_found'],
    ];
    for (const [method, input, code, path] of refusals) {
      const result = await backend.router.call(method, input);
      expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
      if (path && !result.ok) expect(result.error.issues?.[0]?.path).toBe(path);
    }
    expect((await list()).map((item) => item.query)).toEqual(['tag:remote']);
    for (let index = 1; index < 50; index += 1)
      await call('savedSearches.create', { name: `Search ${index}`, query: `word${index}` });
    const overflow = await backend.router.call('savedSearches.create', { name: 'One more', query: 'kotlin' });
    expect(overflow).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await list()).toHaveLength(50);
  });
});
