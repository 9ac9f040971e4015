import { describe, expect, it } from 'vitest';
import { parseSearch } from './parseSearch.ts';
import type { SearchNode } from './SearchNode.ts';

/** A tree as short text: `and(or(referral, meetup), location:lisboa)`, a phrase in quotes, a prefix with `*`. */
function show(node: SearchNode | null): string {
  if (node === null) return '∅';
  switch (node.kind) {
    case 'term': {
      const words = node.words.length > 1 ? `"${node.words.join(' ')}"` : node.words[0]!;
      return `${node.field === null ? '' : `${node.field}:`}${words}${node.prefix ? '*' : ''}`;
    }
    case 'not':
      return `not(${show(node.child)})`;
    default:
      return `${node.kind}(${node.children.map(show).join(', ')})`;
  }
}
const tree = (text: string) => show(parseSearch(text).tree);
const hint = (text: string) => parseSearch(text).hint;

describe('parseSearch', () => {
  it('reads plain words as before: all required, the last one a prefix while it is typed', () => {
    expect(tree('zoe krakow')).toBe('and(zoe, krakow*)');
    expect(tree('zoe krakow ')).toBe('and(zoe, krakow)');
    expect(tree('ada@example.com')).toBe('"ada example com"*');
    expect(tree('and or not')).toBe('and(and, or, not*)');
    expect(parseSearch('zoe krakow').plain).toBe(true);
    expect(hint('zoe krakow')).toBeNull();
  });

  it('reads AND, OR and NOT in capitals, with NOT tightest, then AND (or a space), then OR', () => {
    expect(tree('a AND b')).toBe('and(a, b)');
    expect(tree('a OR b')).toBe('or(a, b)');
    expect(tree('a b OR c')).toBe('or(and(a, b), c)');
    expect(tree('a OR b c')).toBe('or(a, and(b, c))');
    expect(tree('a OR b AND c')).toBe('or(a, and(b, c))');
    expect(tree('NOT a b')).toBe('and(not(a), b)');
    expect(tree('a NOT b')).toBe('and(a, not(b))');
    expect(tree('NOT NOT a')).toBe('not(not(a))');
    expect(parseSearch('a OR b').plain).toBe(false);
  });

  it('reads -word as NOT, but a hyphen inside a word or on its own as text', () => {
    expect(tree('"talent sourcer" -zürich')).toBe('and("talent sourcer", not(zürich))');
    expect(tree('-(a OR b) c')).toBe('and(not(or(a, b)), c)');
    expect(tree('part-time')).toBe('"part time"*');
    expect(tree('a - b ')).toBe('and(a, b)');
  });

  it('groups with parentheses and reads "exact phrases" and prefix*', () => {
    expect(tree('(referral OR meetup) AND location:lisboa')).toBe(
      'and(or(referral, meetup), location:lisboa)',
    );
    expect(tree('((a OR b) (c OR d))')).toBe('and(or(a, b), or(c, d))');
    expect(tree('"hiring manager" feedback')).toBe('and("hiring manager", feedback)');
    expect(tree('kotl* OR pyth*')).toBe('or(kotl*, pyth*)');
    expect(tree('"talent sourcer"')).toBe('"talent sourcer"');
  });

  it('narrows a word, a phrase or a group to any of the nine fields, and tags: as tag:', () => {
    for (const field of ['name', 'email', 'location', 'title', 'role', 'tag', 'stage', 'source', 'notes'])
      expect(tree(`${field}:word`)).toBe(`${field}:word`);
    expect(tree('TAGS:remote')).toBe('tag:remote');
    expect(tree('Location:Kraków')).toBe('location:Kraków');
    expect(tree('role:"data scientist"')).toBe('role:"data scientist"');
    expect(tree('location:(lisboa OR porto) stage:off*')).toBe(
      'and(or(location:lisboa, location:porto), stage:off*)',
    );
    expect(tree('name: zoe')).toBe('name:zoe');
    expect(tree('-source:agency')).toBe('not(source:agency)');
  });

  it('folds the letters the index folds, so lukasz finds Łukasz and lodz finds Łódź', () => {
    expect(tree('name:Łukasz location:Łódź')).toBe('and(name:Lukasz, location:Lódź)');
    expect(tree('Straße ')).toBe('Strasse');
  });

  it('keeps an unknown field as words, and says so', () => {
    expect(tree('colour:blue ')).toBe('"colour blue"');
    expect(hint('colour:blue')).toBe('“colour:” is not a field, so it was searched as words.');
    expect(hint('https://example.com')).toBeNull();
  });

  it('falls back to the words, with a hint, when the query cannot be read', () => {
    const cases: Array<[string, string, string]> = [
      ['(referral OR meetup', 'and(referral, meetup*)', 'A closing parenthesis is missing'],
      ['referral) meetup ', 'and(referral, meetup)', 'A closing parenthesis has no opening one'],
      ['kotlin AND', 'kotlin', '“AND” needs a word on each side'],
      ['AND kotlin ', 'kotlin', '“AND” needs a word on each side'],
      ['kotlin OR', 'kotlin', '“OR” needs a word on each side'],
      ['kotlin OR OR java ', 'and(kotlin, java)', '“OR” needs a word on each side'],
      ['kotlin NOT', 'kotlin', '“NOT” needs a word after it'],
      ['kotlin -)', 'kotlin', '“-” needs a word after it'],
      ['"talent sour', 'and(talent, sour*)', 'The closing quote (") is missing'],
      ['location: ', '∅', '“location:” needs a word after it, like location:lisboa'],
      ['kotlin name:', 'kotlin', '“name:” needs a word after it, like name:ana'],
      ['name:-ana ', 'ana', '“name:” needs a word right after it, like name:ana'],
      ['name:(email:ana) ', 'ana', 'A field cannot go inside another field'],
      ['() kotlin ', 'kotlin', 'The parentheses are empty'],
    ];
    for (const [text, words, reason] of cases) {
      const parsed = parseSearch(text);
      expect(show(parsed.tree), text).toBe(words);
      expect(parsed.hint, text).toMatch(new RegExp(`^${reason.replace(/[()*.]/g, '\\$&')}`));
      expect(parsed.hint, text).toMatch(words === '∅' ? /\.$/ : /, so this searched for the words only\.$/);
    }
  });

  it('answers a lone operator, a lone quote or punctuation with nothing to search, never an error', () => {
    for (const text of [
      'AND',
      'OR',
      'NOT',
      '-',
      '"',
      '""',
      '()',
      '(',
      ')',
      '*',
      'name:',
      ':',
      '🎉',
      '"🎉"',
      '-🎉',
    ])
      expect(tree(text), text).toBe('∅');
    expect(tree('🎉 OR kotlin')).toBe('kotlin');
  });

  it('needs two letters for a prefix, and says so', () => {
    expect(tree('k* rust')).toBe('and(k, rust)');
    expect(hint('k* rust')).toBe('A prefix needs 2 letters or more, so “k*” matched the word itself.');
  });

  it('stays bounded on 10,000 characters: 16 terms, 8 levels of parentheses, the first 4,096 characters', () => {
    const words = Array.from({ length: 2000 }, (_, index) => `w${index}`).join(' OR ');
    const many = parseSearch(words);
    expect(many.hint).toMatch(/^A query can hold 16 words and phrases at most, so this searched/);
    expect(show(many.tree).split(',').length).toBe(8);
    const deep = parseSearch(`${'('.repeat(2000)}a${')'.repeat(2000)}`);
    expect(deep.hint).toMatch(/^Parentheses can nest 8 deep at most/);
    expect(show(deep.tree)).toBe('a');
    const long = parseSearch(`kotlin ${'x'.repeat(10_000)}`);
    expect(long.hint).toBe('Only the first 4,096 characters were searched.');
    expect(show(long.tree)).toBe(`and(kotlin, ${'x'.repeat(64)}*)`);
    for (const text of ['"'.repeat(10_000), '-'.repeat(10_000), 'AND '.repeat(2500), ':'.repeat(10_000)])
      expect(() => parseSearch(text)).not.toThrow();
  });
});
