import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import { insertTestNote } from '../testing/insertTestNote.ts';
import { useTestBackend } from '../testing/useTestBackend.ts';

type QueryAnswer = MethodOutput<'search.query'>;
type ListAnswer = MethodOutput<'search.candidates'>;

const backend = useTestBackend();
const { call } = backend;
let people: Record<string, Candidate>;

const create = (fields: Record<string, unknown>) => call<Candidate>('candidates.create', fields);
/** Both ways in: Ctrl+K's names and total, and the list's, which must agree. */
async function found(text: string): Promise<string[]> {
  const quick = await call<QueryAnswer>('search.query', { text, limit: 100 });
  const list = await call<ListAnswer>('search.candidates', { text, sort: 'name', limit: 500 });
  const names = list.items.map((candidate) => candidate.name);
  expect(quick.groups.map((group) => group.candidate.name).sort(), text).toEqual([...names].sort());
  expect(quick.total, text).toBe(names.length);
  expect(list.total, text).toBe(names.length);
  return names;
}

beforeEach(async () => {
  people = {
    ana: await create({
      name: 'Ana Sousa',
      email: 'ana@sousa.pt',
      location: 'Lisboa, Portugal',
      source: 'Referral',
      role: 'Talent Sourcer',
      tags: ['remote'],
      stageId: 'offer',
    }),
    bruno: await create({
      name: 'Bruno Costa',
      email: 'bruno@costa.pt',
      location: 'Porto, Portugal',
      source: 'Meetup',
      role: 'Staff Engineer',
      tags: ['kotlin', 'senior'],
      stageId: 'screening',
    }),
    chloe: await create({
      name: 'Chloé Dubois',
      email: 'chloe@example.ch',
      location: 'Zürich, Switzerland',
      source: 'LinkedIn',
      role: 'Senior Talent Sourcer',
      stageId: 'interviewing',
    }),
    lukasz: await create({
      name: 'Łukasz Kowalski',
      email: 'lukasz@example.pl',
      location: 'Kraków, Poland',
      source: 'Agency',
      role: 'Data Scientist',
      tags: ['relocation'],
    }),
    zoe: await create({
      name: 'Zoë Müller',
      email: 'zoe@example.de',
      location: 'Lisboa',
      source: 'LinkedIn',
      role: 'Product Designer',
      tags: ['part-time'],
      stageId: 'rejected',
    }),
  };
  insertTestNote(backend.database, { candidateId: people.lukasz!.id, text: 'Met at the Lisboa JS meetup.' });
  insertTestNote(backend.database, { candidateId: people.zoe!.id, text: 'Referred by a former colleague.' });
  insertTestNote(backend.database, {
    candidateId: people.zoe!.id,
    title: 'Salary',
    text: 'Expects a talent sourcer salary.',
  });
  const gone = await create({ name: 'Trashed Referral', location: 'Lisboa', source: 'Referral' });
  await call('candidates.delete', { id: gone.id });
});

describe('Boolean search over candidates and their notes', () => {
  it('passes the two queries of the issue', async () => {
    expect(await found('(referral OR meetup) AND location:lisboa')).toEqual(['Ana Sousa']);
    expect(await found('"talent sourcer" -zürich')).toEqual(['Ana Sousa', 'Zoë Müller']);
  });

  it('reads AND, a space, OR, NOT and -word, and groups with parentheses', async () => {
    expect(await found('portugal AND sourcer')).toEqual(['Ana Sousa']);
    expect(await found('portugal sourcer ')).toEqual(['Ana Sousa']);
    expect(await found('porto OR krakow')).toEqual(['Bruno Costa', 'Łukasz Kowalski']);
    expect(await found('portugal NOT referral')).toEqual(['Bruno Costa']);
    expect(await found('portugal -referral')).toEqual(['Bruno Costa']);
    expect(await found('(porto OR zurich) senior')).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(await found('porto OR (zurich senior)')).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(await found('porto OR zurich senior')).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(await found('(porto OR zurich) -senior')).toEqual([]);
  });

  it('answers a query of negations alone with everyone else not in the Trash', async () => {
    expect(await found('-lisboa')).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(await found('NOT portugal NOT poland')).toEqual(['Chloé Dubois', 'Zoë Müller']);
    // Names sort without case but by code point beyond ASCII, as the list does: Ł after Z.
    expect(await found('lisboa OR -portugal')).toEqual([
      'Ana Sousa',
      'Chloé Dubois',
      'Zoë Müller',
      'Łukasz Kowalski',
    ]);
  });

  it('matches an exact phrase only in that order, and a prefix* any word it begins', async () => {
    expect(await found('"sourcer talent"')).toEqual([]);
    expect(await found('"staff engineer"')).toEqual(['Bruno Costa']);
    expect(await found('port* -porto')).toEqual(['Ana Sousa']);
    expect(await found('sour* -"talent sourcer"')).toEqual([]);
    expect(await found('kowal* OR mull*')).toEqual(['Zoë Müller', 'Łukasz Kowalski']);
  });

  it('narrows to each field', async () => {
    expect(await found('name:ana')).toEqual(['Ana Sousa']);
    expect(await found('email:costa')).toEqual(['Bruno Costa']);
    expect(await found('email:example.ch')).toEqual(['Chloé Dubois']);
    expect(await found('location:lisboa')).toEqual(['Ana Sousa', 'Zoë Müller']);
    expect(await found('role:sourcer')).toEqual(['Ana Sousa', 'Chloé Dubois']);
    expect(await found('role:"data scientist"')).toEqual(['Łukasz Kowalski']);
    expect(await found('tag:kotlin')).toEqual(['Bruno Costa']);
    expect(await found('tags:part-time')).toEqual(['Zoë Müller']);
    expect(await found('source:linkedin')).toEqual(['Chloé Dubois', 'Zoë Müller']);
    expect(await found('stage:offer')).toEqual(['Ana Sousa']);
    expect(await found('stage:interv* OR stage:screen*')).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(await found('-stage:rejected lisboa')).toEqual(['Ana Sousa', 'Łukasz Kowalski']);
    expect(await found('notes:lisboa')).toEqual(['Łukasz Kowalski']);
    expect(await found('notes:salary')).toEqual(['Zoë Müller']);
    // A field holds only its own words: Ana's role is a sourcer, but her name is not.
    expect(await found('name:sourcer')).toEqual([]);
    // Plain words never see the stage: "offer" is no word of anyone's.
    expect(await found('offer ')).toEqual([]);
  });

  it('searches the current title (migration 0075) as title:, and as a plain word', async () => {
    expect(await found('title:recruiter')).toEqual([]);
    backend.database
      .prepare("UPDATE candidates SET current_title = 'Technical Recruiter' WHERE id = ?")
      .run(people.bruno!.id);
    expect(await found('title:recruiter')).toEqual(['Bruno Costa']);
    expect(await found('recruiter porto')).toEqual(['Bruno Costa']);
    expect(await found('title:staff')).toEqual([]);
  });

  it('folds case and accents in fields and words: location:krakow finds Kraków, lukasz finds Łukasz', async () => {
    expect(await found('location:krakow')).toEqual(['Łukasz Kowalski']);
    expect(await found('lukasz ')).toEqual(['Łukasz Kowalski']);
    expect(await found('NAME:LUKASZ')).toEqual(['Łukasz Kowalski']);
    expect(await found('location:ZURICH OR name:zoe')).toEqual(['Chloé Dubois', 'Zoë Müller']);
    expect(await found('"chloe dubois"')).toEqual(['Chloé Dubois']);
  });

  it('finds a candidate by words split between their profile and their notes', async () => {
    expect(await found('meetup location:krakow')).toEqual(['Łukasz Kowalski']);
    expect(await found('referred lisboa')).toEqual(['Zoë Müller']);
    const [zoe] = (await call<QueryAnswer>('search.query', { text: 'referred lisboa' })).groups;
    expect(zoe!.field).toEqual({ field: 'location', segments: [{ text: 'Lisboa', highlight: true }] });
    expect(
      zoe!.notes.map((note) => note.snippet.filter((part) => part.highlight).map((part) => part.text)),
    ).toEqual([['Referred']]);
  });

  it('shows the notes that hold the most of the words, and none for words only a field holds', async () => {
    const [group] = (await call<QueryAnswer>('search.query', { text: 'talent salary colleague' })).groups;
    expect(group!.candidate.name).toBe('Zoë Müller');
    expect(group!.notes.map((note) => note.title)).toEqual(['Salary', 'Note']);
    const [byField] = (await call<QueryAnswer>('search.query', { text: 'location:lisboa -name:ana' })).groups;
    expect(byField!.notes).toEqual([]);
    expect(byField!.field!.segments.filter((part) => part.highlight)).toEqual([
      { text: 'Lisboa', highlight: true },
    ]);
  });

  it('keeps up with notes written, edited and deleted, and with the Trash', async () => {
    const noteId = insertTestNote(backend.database, {
      candidateId: people.chloe!.id,
      text: 'Knows xylophones.',
    });
    expect(await found('xylophones')).toEqual(['Chloé Dubois']);
    backend.database.prepare("UPDATE notes SET text = 'Knows marimbas.' WHERE id = ?").run(noteId);
    expect(await found('xylophones')).toEqual([]);
    expect(await found('marimbas')).toEqual(['Chloé Dubois']);
    backend.database
      .prepare("UPDATE notes SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .run(noteId);
    expect(await found('marimbas')).toEqual([]);
    await call('candidates.delete', { id: people.ana!.id });
    expect(await found('location:lisboa')).toEqual(['Zoë Müller']);
    await call('candidates.restore', { id: people.ana!.id });
    await call('candidates.update', { id: people.ana!.id, changes: { location: 'Porto' } });
    expect(await found('location:lisboa')).toEqual(['Zoë Müller']);
    expect(await found('location:porto')).toEqual(['Ana Sousa', 'Bruno Costa']);
  });

  it('reads a query it cannot parse as its words, and says why', async () => {
    const answer = await call<QueryAnswer>('search.query', { text: '(referral OR lisboa' });
    expect(answer.hint).toBe('A closing parenthesis is missing, so this searched for the words only.');
    expect(answer.groups.map((group) => group.candidate.name)).toEqual(['Ana Sousa']);
    const list = await call<ListAnswer>('search.candidates', { text: 'location:' });
    expect(list).toEqual({
      items: [],
      total: 0,
      hint: '“location:” needs a word after it, like location:lisboa.',
    });
    expect((await call<QueryAnswer>('search.query', { text: 'lisboa' })).hint).toBeNull();
  });
});

describe('search.candidates', () => {
  it('pages every match in the list’s order, and combines with the list’s filters', async () => {
    const everyone = await call<ListAnswer>('search.candidates', {
      text: 'portugal OR linkedin',
      sort: 'name',
    });
    expect(everyone.items.map((candidate) => candidate.name)).toEqual([
      'Ana Sousa',
      'Bruno Costa',
      'Chloé Dubois',
      'Zoë Müller',
    ]);
    const second = await call<ListAnswer>('search.candidates', {
      text: 'portugal OR linkedin',
      sort: 'name',
      offset: 1,
      limit: 2,
    });
    expect(second.items.map((candidate) => candidate.name)).toEqual(['Bruno Costa', 'Chloé Dubois']);
    expect(second.total).toBe(4);
    const filtered = await call<ListAnswer>('search.candidates', {
      text: 'portugal OR linkedin',
      source: 'linkedin',
      stageId: 'rejected',
    });
    expect(filtered.items.map((candidate) => candidate.name)).toEqual(['Zoë Müller']);
    expect(filtered.total).toBe(1);
    const newest = await call<ListAnswer>('search.candidates', { text: 'portugal', sort: 'created' });
    expect(newest.items.map((candidate) => candidate.name)).toEqual(['Bruno Costa', 'Ana Sousa']);
    const byStage = await call<ListAnswer>('search.candidates', {
      text: 'portugal OR linkedin',
      sort: 'stage',
    });
    expect(byStage.items.map((candidate) => candidate.stageId)).toEqual([
      'screening',
      'interviewing',
      'offer',
      'rejected',
    ]);
  });

  it('refuses bad input without running a search', async () => {
    for (const input of [
      { text: 'a'.repeat(20_001) },
      { text: 'kotlin', limit: 0 },
      { text: 'kotlin', limit: 501 },
      { text: 'kotlin', offset: -1 },
      { text: 'kotlin', sort: 'relevance' },
      { text: 'kotlin', role: '' },
      { text: 42 },
      {},
    ]) {
      const result = await backend.router.call('search.candidates', input);
      expect(result, JSON.stringify(input).slice(0, 60)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
  });
});
