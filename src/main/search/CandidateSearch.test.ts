import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import { insertTestNote } from '../testing/insertTestNote.ts';
import { useTestBackend } from '../testing/useTestBackend.ts';
import { letterFolds } from './letterFolds.ts';
import { rankingWindow } from './FtsMatcher.ts';

type SearchResult = MethodOutput<'search.query'>;

const backend = useTestBackend();
const { call } = backend;

const create = (fields: Record<string, unknown>) => call<Candidate>('candidates.create', fields);
const search = (text: string, limit?: number) =>
  call<SearchResult>('search.query', limit ? { text, limit } : { text });
const names = (result: SearchResult) => result.groups.map((group) => group.candidate.name);
const marked = (segments: Array<{ text: string; highlight: boolean }>) =>
  segments.filter((segment) => segment.highlight).map((segment) => segment.text);

describe('search.query', () => {
  const hostile = [
    '',
    ' ',
    '\t\n  ',
    '"',
    '""',
    '"unterminated',
    "'",
    '*',
    '**',
    'a*b',
    '*zoe',
    'zoe*',
    '"zoe"*',
    'NEAR',
    'NEAR(a b)',
    'NEAR("a" "b", 2)',
    'NEAR/2',
    'AND',
    'OR',
    'NOT',
    'a AND',
    'AND OR NOT',
    'zoe OR',
    'NOT zoe',
    '(',
    ')',
    '()',
    '(a OR b',
    '-',
    '-zoe',
    '^',
    '^zoe',
    ':',
    'name:',
    'name:zoe',
    '{name email}: zoe',
    '+',
    '\\',
    '\\"',
    '%',
    '_',
    "'; DROP TABLE candidates; --",
    '🎉',
    '👩‍💻 rust',
    'zoe 🎉',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'zo\uDC00e',
    '\u200B',
    'مرحبا',
    '你好世界',
    'Z̸̢a̵l̶g̷o̴',
    '.,;!?',
    'x'.repeat(10_000),
    'zoe '.repeat(2500),
    '"'.repeat(10_000),
    '*'.repeat(10_000),
    '🎉'.repeat(5000),
    Array.from({ length: 10_000 }, (_, index) => String.fromCharCode(33 + (index % 94))).join(''),
  ];

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'answers %s with results or an empty list, never an error',
    async (_label, text) => {
      await create({ name: 'Zoë Kowalska', location: 'Kraków', tags: ['rust'] });
      const result = await backend.router.call('search.query', { text });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(Array.isArray((result.value as SearchResult).groups)).toBe(true);
    },
  );

  it('refuses a query longer than 20,000 characters as invalid input, not a crash', async () => {
    const result = await backend.router.call('search.query', { text: 'a'.repeat(20_001) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('ignores case and diacritics both ways: Zoe finds Zoë, krakow finds Kraków, ZOË finds zoe', async () => {
    await create({ name: 'Zoë Kowalska', location: 'Kraków' });
    await create({ name: 'zoe lowercase' });
    expect(names(await search('Zoe ')).sort()).toEqual(['Zoë Kowalska', 'zoe lowercase']);
    expect(names(await search('ZOË ')).sort()).toEqual(['Zoë Kowalska', 'zoe lowercase']);
    expect(names(await search('krakow '))).toEqual(['Zoë Kowalska']);
    const [group] = (await search('krakow ')).groups;
    expect(group!.field).toEqual({
      field: 'location',
      segments: [{ text: 'Kraków', highlight: true }],
    });
  });

  it('folds letters Unicode cannot decompose, in the index and in the query alike', async () => {
    for (const [index, [letter]] of letterFolds.entries())
      await create({ name: `Probe${index} x${letter}y` });
    for (const [index, [letter, folded]] of letterFolds.entries()) {
      for (const query of [`x${folded}y `, `x${letter}y `, `X${folded.toUpperCase()}Y `]) {
        const result = await search(`probe${index} ${query}`);
        expect(names(result), `${query} should find x${letter}y`).toEqual([`Probe${index} x${letter}y`]);
      }
    }
    expect(names(await search('lodz'))).toEqual([]);
    await create({ name: 'Łukasz Wiśniewski', location: 'Łódź' });
    expect(names(await search('lukasz wisniewski lodz'))).toEqual(['Łukasz Wiśniewski']);
  });

  it('matches the last word as a prefix while typing, and highlights it', async () => {
    await create({ name: 'Grace Hopper', role: 'Kubernetes engineer' });
    for (const typed of ['ho', 'hop', 'hopp', 'hopper'])
      expect(names(await search(typed))).toContain('Grace Hopper');
    const [group] = (await search('kub')).groups;
    expect(marked(group!.field!.segments)).toEqual(['Kubernetes']);
    expect(names(await search('hop '))).toEqual([]);
  });

  it('lands on the one note that holds a rare word, with the word highlighted in its snippet', async () => {
    const ada = await create({ name: 'Ada Lovelace' });
    const grace = await create({ name: 'Grace Hopper' });
    insertTestNote(backend.database, { candidateId: ada.id, text: 'Talked about engines and poetry.' });
    const noteId = insertTestNote(backend.database, {
      candidateId: grace.id,
      text: `${'Long discussion about compilers. '.repeat(20)}She mentioned the word xylophone once. ${'More. '.repeat(40)}`,
    });
    const result = await search('xylophone');
    expect(result.groups).toHaveLength(1);
    const [group] = result.groups;
    expect(group!.candidate.id).toBe(grace.id);
    expect(group!.field).toBeNull();
    expect(group!.notes).toHaveLength(1);
    expect(group!.notes[0]!.noteId).toBe(noteId);
    expect(marked(group!.notes[0]!.snippet)).toEqual(['xylophone']);
    const snippetText = group!.notes[0]!.snippet.map((segment) => segment.text).join('');
    expect(snippetText.length).toBeLessThan(200);
    expect(snippetText.startsWith('…')).toBe(true);
  });

  it('groups hits by candidate: their own fields and up to three notes each', async () => {
    const zoe = await create({ name: 'Zoë Rust', tags: ['rust'] });
    const other = await create({ name: 'Other Person' });
    for (let index = 0; index < 5; index += 1)
      insertTestNote(backend.database, { candidateId: zoe.id, text: `rust note ${index}` });
    insertTestNote(backend.database, { candidateId: other.id, text: 'also knows rust' });
    const result = await search('rust ');
    expect(result.groups.map((group) => group.candidate.id).sort()).toEqual([zoe.id, other.id].sort());
    const zoeGroup = result.groups.find((group) => group.candidate.id === zoe.id)!;
    expect(marked(zoeGroup.name)).toEqual(['Rust']);
    expect(zoeGroup.notes).toHaveLength(3);
    expect(new Set(result.groups.map((group) => group.candidate.id)).size).toBe(result.groups.length);
  });

  it('ranks a name match above a passing mention, and respects the limit', async () => {
    const mentioned = await create({ name: 'Someone Else' });
    insertTestNote(backend.database, { candidateId: mentioned.id, text: 'Said Hopper was an inspiration.' });
    await create({ name: 'Grace Hopper' });
    expect(names(await search('hopper'))[0]).toBe('Grace Hopper');
    for (let index = 0; index < 30; index += 1) await create({ name: `Many ${index}` });
    expect((await search('many', 5)).groups).toHaveLength(5);
    expect((await search('many')).groups).toHaveLength(20);
  });

  it('leaves out candidates in the Trash and deleted notes; a purge removes them from the index', async () => {
    const gone = await create({ name: 'Vanishing Act' });
    const noteId = insertTestNote(backend.database, { candidateId: gone.id, text: 'marmalade' });
    const kept = await create({ name: 'Keeps Notes' });
    const deletedNote = insertTestNote(backend.database, { candidateId: kept.id, text: 'marmalade too' });
    backend.database
      .prepare('UPDATE notes SET deleted_at = ? WHERE id = ?')
      .run(new Date().toISOString(), deletedNote);
    expect(names(await search('marmalade'))).toEqual(['Vanishing Act']);

    await call('candidates.delete', { id: gone.id });
    expect(names(await search('marmalade'))).toEqual([]);
    expect(names(await search('vanishing'))).toEqual([]);
    await call('candidates.restore', { id: gone.id });
    expect(names(await search('vanishing'))).toEqual(['Vanishing Act']);

    const indexed = (table: string, word: string) =>
      backend.database
        .prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`)
        .pluck()
        .get(word) as number;
    expect(indexed('notes_fts', 'marmalade')).toBe(2);
    await call('candidates.delete', { id: gone.id });
    await call('candidates.purge', { id: gone.id });
    expect(indexed('candidates_fts', 'vanishing')).toBe(0);
    expect(indexed('notes_fts', 'marmalade')).toBe(1);
    expect(backend.database.prepare('SELECT count(*) FROM notes WHERE id = ?').pluck().get(noteId)).toBe(0);
    backend.database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
    backend.database.exec("INSERT INTO candidates_fts (candidates_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('answers a word too common to rank with its newest matches, and still ranks rarer ones', async () => {
    const candidate = await create({ name: 'Busy Bee' });
    const ids: string[] = [];
    backend.database.transaction(() => {
      for (let index = 0; index < rankingWindow + 100; index += 1) {
        ids.push(
          insertTestNote(backend.database, { candidateId: candidate.id, text: `common word number${index}` }),
        );
      }
    })();
    const common = await search('common');
    expect(common.ranking).toBe('recent');
    expect(common.groups).toHaveLength(1);
    expect(common.groups[0]!.notes.map((note) => note.noteId)).toEqual(ids.slice(-3).reverse());
    expect(marked(common.groups[0]!.notes[0]!.snippet)).toEqual(['common']);
    const rare = await search('common number7 ');
    expect(rare.ranking).toBe('ranked');
    expect(marked(rare.groups[0]!.notes[0]!.snippet)).toEqual(['common', 'number7']);
  });

  it('finds words typed in any order, each anywhere in the candidate or the note', async () => {
    const ada = await create({ name: 'Ada Lovelace', email: 'ada@example.com', role: 'Engineer' });
    insertTestNote(backend.database, { candidateId: ada.id, text: 'Strong on analytical engines' });
    expect(names(await search('engineer lovelace'))).toEqual(['Ada Lovelace']);
    expect(names(await search('engines strong'))).toEqual(['Ada Lovelace']);
    expect(names(await search('ada@example.com'))).toEqual(['Ada Lovelace']);
    expect(names(await search('lovelace nonexistentword'))).toEqual([]);
  });
});
