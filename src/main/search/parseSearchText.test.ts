import { describe, expect, it } from 'vitest';
import { parseSearchText } from './parseSearchText.ts';
import { toMatchExpression } from './toMatchExpression.ts';

const match = (text: string, minimumPrefix = 2) => toMatchExpression(parseSearchText(text), minimumPrefix);

describe('parseSearchText and toMatchExpression', () => {
  it('quote every word and make the last one a prefix while it is being typed', () => {
    expect(match('rust eng')).toBe('"rust" "eng"*');
    expect(match('rust eng ')).toBe('"rust" "eng"');
  });

  it('turn FTS5 operators and syntax into plain quoted text', () => {
    expect(match('a AND b OR c NOT d')).toBe('"a" "AND" "b" "OR" "c" "NOT" "d"');
    expect(match('NEAR(a b, 3)')).toBe('"NEAR(a" "b," "3)"');
    expect(match('"quoted phrase"')).toBe('"""quoted" "phrase"""');
    expect(match('col:value ^start -minus')).toBe('"col:value" "^start" "-minus"*');
  });

  it('drop chunks with no word in them: a lone quote, punctuation, emoji', () => {
    expect(parseSearchText('"').phrases).toEqual([]);
    expect(parseSearchText('* ( ) - ^ : " \'').phrases).toEqual([]);
    expect(parseSearchText('🎉 👩‍💻').phrases).toEqual([]);
    expect(match('🎉 rust 👩‍💻')).toBe('"rust"');
    expect(parseSearchText('   \t\n ').phrases).toEqual([]);
    expect(parseSearchText('').phrases).toEqual([]);
  });

  it('cap a query at 8 phrases of 64 characters, without splitting an emoji', () => {
    const query = parseSearchText(`${'word '.repeat(2000)}${'x'.repeat(10_000)}`);
    expect(query.phrases).toHaveLength(8);
    const long = parseSearchText(`${'a'.repeat(63)}😀b`);
    expect(Array.from(long.phrases[0]!)).toHaveLength(64);
    expect(long.phrases[0]!.endsWith('😀')).toBe(true);
  });

  it('need two letters before a prefix search, as one letter has no prefix index', () => {
    expect(match('z', 2)).toBe('"z"');
    expect(match('z', 1)).toBe('"z"*');
    expect(match('rust,', 1)).toBe('"rust,"');
  });

  it('fold the letters the index folds, and collect folded words for highlighting', () => {
    const query = parseSearchText('Łódź Straße ZOË');
    expect(query.phrases).toEqual(['Lódź', 'Strasse', 'ZOË']);
    expect(query.words).toEqual(['lodz', 'strasse', 'zoe']);
  });
});
