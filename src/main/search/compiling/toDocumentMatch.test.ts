import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/schemas/stage.ts';
import { parseSearch } from '../parsing/parseSearch.ts';
import { stageToken } from './stageToken.ts';
import { toDocumentMatch } from './toDocumentMatch.ts';

const stages: Stage[] = [
  { id: 'interviewing', name: 'Interviewing', position: 40, kind: 'open' },
  { id: 'offer', name: 'Offer', position: 50, kind: 'open' },
  { id: 'phone', name: 'Phone screen', position: 60, kind: 'open' },
  { id: 'rejected', name: 'Rejected', position: 70, kind: 'rejected' },
];
const match = (text: string) => toDocumentMatch(parseSearch(text).tree, stages);
const stage = (id: string) => `stage : "${stageToken(id)}"`;

describe('toDocumentMatch', () => {
  it('quotes every word, so FTS5 syntax typed as words stays words', () => {
    expect(match('NEAR(a b) "x""y" col:value ')).toEqual({
      kind: 'only',
      expression: '("NEAR" AND ("a" AND "b") AND "x" AND "y" AND "col value")',
    });
    expect(match('o"brien AND "x y"')).toEqual({ kind: 'only', expression: '("o brien" AND "x y")' });
  });

  it('writes AND, OR, phrases, prefixes and fields as FTS5 does, each composite in parentheses', () => {
    expect(match('(referral OR meetup) AND location:lisboa')).toEqual({
      kind: 'only',
      expression: '(("referral" OR "meetup") AND location : "lisboa")',
    });
    expect(match('"talent sourcer" kotl*')).toEqual({
      kind: 'only',
      expression: '("talent sourcer" AND "kotl"*)',
    });
    const fields: Array<[string, string]> = [
      ['name', 'name'],
      ['email', 'email'],
      ['location', 'location'],
      ['title', 'title'],
      ['role', 'role'],
      ['tag', 'tags'],
      ['source', 'source'],
      ['notes', 'notes'],
    ];
    for (const [field, column] of fields)
      expect(match(`${field}:word`)).toEqual({ kind: 'only', expression: `${column} : "word"` });
  });

  it('turns NOT into FTS5’s binary NOT, and a query that is all NOT into everyone except', () => {
    expect(match('"talent sourcer" -zürich')).toEqual({
      kind: 'only',
      expression: '("talent sourcer" NOT "zürich")',
    });
    expect(match('-zürich')).toEqual({ kind: 'except', expression: '"zürich"' });
    expect(match('NOT a NOT b')).toEqual({ kind: 'except', expression: '("a" OR "b")' });
    expect(match('NOT NOT a')).toEqual({ kind: 'only', expression: '"a"' });
    expect(match('a -b -c')).toEqual({ kind: 'only', expression: '("a" NOT ("b" OR "c"))' });
  });

  it('keeps OR with a negation exact: a OR NOT b is everyone except (b and not a)', () => {
    expect(match('a OR -b')).toEqual({ kind: 'except', expression: '("b" NOT "a")' });
    expect(match('-a OR -b')).toEqual({ kind: 'except', expression: '("a" AND "b")' });
    expect(match('(x -y) OR z')).toEqual({ kind: 'only', expression: '(("x" NOT "y") OR "z")' });
    expect(match('-(x -y) c')).toEqual({ kind: 'only', expression: '("c" NOT ("x" NOT "y"))' });
  });

  it('names stages by their names, folded, with prefixes and phrases; a name no stage has matches nobody', () => {
    expect(match('stage:offer')).toEqual({ kind: 'only', expression: stage('offer') });
    expect(match('stage:INTERV*')).toEqual({ kind: 'only', expression: stage('interviewing') });
    expect(match('stage:screen')).toEqual({ kind: 'only', expression: stage('phone') });
    expect(match('stage:"phone screen"')).toEqual({ kind: 'only', expression: stage('phone') });
    expect(match('stage:"screen phone"')).toEqual({ kind: 'none' });
    expect(match('stage:(offer OR rejected)')).toEqual({
      kind: 'only',
      expression: `(${stage('offer')} OR ${stage('rejected')})`,
    });
    expect(match('stage:nowhere')).toEqual({ kind: 'none' });
    expect(match('kotlin stage:nowhere')).toEqual({ kind: 'none' });
    expect(match('kotlin OR stage:nowhere')).toEqual({ kind: 'only', expression: '"kotlin"' });
    expect(match('kotlin -stage:nowhere')).toEqual({ kind: 'only', expression: '"kotlin"' });
    expect(match('-stage:nowhere')).toEqual({ kind: 'all' });
  });

  it('matches nothing for a query with no word', () => {
    for (const text of ['', '   ', 'AND', '()', '🎉', '"'.repeat(10_000)])
      expect(match(text)).toEqual({ kind: 'none' });
  });
});
