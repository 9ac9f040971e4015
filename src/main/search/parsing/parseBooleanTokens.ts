import type { SearchFieldName } from '../../../shared/search/searchFieldNames.ts';
import { foldLetters } from '../foldLetters.ts';
import { maximumPhraseLength } from '../parseSearchText.ts';
import { wordPattern } from '../wordPattern.ts';
import { fieldExamples } from './fieldExamples.ts';
import type { SearchNode, SearchTerm } from './SearchNode.ts';
import { SearchSyntaxError } from './SearchSyntaxError.ts';
import type { SearchToken } from './SearchToken.ts';

/** Bounds that keep any query's FTS5 expression small: a real Boolean search uses a handful of each. */
export const maximumTerms = 16;
export const maximumNesting = 8;
/** A one-letter prefix has no prefix index behind it and would merge every word with that letter. */
export const minimumPrefix = 2;

/**
 * The tree of a query's tokens, by the usual precedence: NOT (or `-`) binds tightest, then AND (also written as
 * a space), then OR; parentheses group, and `field:` applies to one word, one phrase or one group. A term with no
 * word in it (`🎉`, `*`) is left out. Throws SearchSyntaxError with a reason a person can act on.
 */
export function parseBooleanTokens(tokens: readonly SearchToken[]): {
  tree: SearchNode | null;
  /** Things read differently from how they were typed, though the query parsed: a one-letter prefix. */
  notices: string[];
} {
  const notices: string[] = [];
  let position = 0;
  let terms = 0;
  const peek = () => tokens[position];
  const endsOperand = (token: SearchToken | undefined) =>
    token === undefined || token.kind === 'close' || token.kind === 'and' || token.kind === 'or';

  function parseOr(depth: number, field: SearchFieldName | null): SearchNode | null {
    const children = [parseAnd(depth, field)];
    while (peek()?.kind === 'or') {
      position += 1;
      if (endsOperand(peek())) throw new SearchSyntaxError('“OR” needs a word on each side');
      children.push(parseAnd(depth, field));
    }
    return combine('or', children);
  }

  function parseAnd(depth: number, field: SearchFieldName | null): SearchNode | null {
    const children: Array<SearchNode | null> = [];
    for (let token = peek(); token && token.kind !== 'close' && token.kind !== 'or'; token = peek()) {
      if (token.kind === 'and') {
        position += 1;
        if (children.length === 0 || endsOperand(peek()))
          throw new SearchSyntaxError('“AND” needs a word on each side');
        continue;
      }
      children.push(parseUnary(depth, field));
    }
    if (children.length === 0) {
      throw new SearchSyntaxError(
        peek()?.kind === 'or' ? '“OR” needs a word on each side' : 'The parentheses are empty',
      );
    }
    return combine('and', children);
  }

  function parseUnary(depth: number, field: SearchFieldName | null): SearchNode | null {
    const token = peek()!;
    if (token.kind !== 'not' && token.kind !== 'minus') return parsePrimary(depth, field);
    position += 1;
    if (endsOperand(peek()))
      throw new SearchSyntaxError(
        token.kind === 'not' ? '“NOT” needs a word after it' : '“-” needs a word after it',
      );
    const child = parseUnary(depth, field);
    return child && { kind: 'not', child };
  }

  function parsePrimary(depth: number, field: SearchFieldName | null): SearchNode | null {
    const token = tokens[position++]!;
    switch (token.kind) {
      case 'open': {
        if (depth === maximumNesting)
          throw new SearchSyntaxError(`Parentheses can nest ${maximumNesting} deep at most`);
        const inner = parseOr(depth + 1, field);
        if (peek()?.kind !== 'close') throw new SearchSyntaxError('A closing parenthesis is missing');
        position += 1;
        return inner;
      }
      case 'field': {
        const example = `${token.field}:${fieldExamples[token.field]}`;
        if (field !== null) throw new SearchSyntaxError('A field cannot go inside another field');
        const value = peek();
        if (value === undefined || value.kind === 'close' || value.kind === 'and' || value.kind === 'or')
          throw new SearchSyntaxError(`“${token.field}:” needs a word after it, like ${example}`);
        if (value.kind === 'not' || value.kind === 'minus' || value.kind === 'field')
          throw new SearchSyntaxError(`“${token.field}:” needs a word right after it, like ${example}`);
        const node = parsePrimary(depth, token.field);
        if (!node) throw new SearchSyntaxError(`“${token.field}:” needs a word after it, like ${example}`);
        return node;
      }
      case 'phrase':
        if (!token.closed) throw new SearchSyntaxError('The closing quote (") is missing');
        return term(token.text, field, false);
      case 'word':
        return term(token.text, field, /[\p{L}\p{N}\p{M}\p{Co}]\*+$/u.test(token.text));
      default:
        // Unreachable: parseAnd and parseUnary stop before closes and operators.
        throw new SearchSyntaxError('The query ended too early');
    }
  }

  function term(text: string, field: SearchFieldName | null, prefix: boolean): SearchTerm | null {
    const words = foldLetters(Array.from(text).slice(0, maximumPhraseLength).join('')).match(wordPattern);
    if (!words) return null;
    terms += 1;
    if (terms > maximumTerms)
      throw new SearchSyntaxError(`A query can hold ${maximumTerms} words and phrases at most`);
    const longEnough = Array.from(words.at(-1)!).length >= minimumPrefix;
    if (prefix && !longEnough)
      notices.push(
        `A prefix needs ${minimumPrefix} letters or more, so “${words.at(-1)}*” matched the word itself.`,
      );
    return { kind: 'term', field, words, prefix: prefix && longEnough };
  }

  const tree = parseOr(0, null);
  if (position < tokens.length) throw new SearchSyntaxError('A closing parenthesis has no opening one');
  return { tree, notices };
}

function combine(kind: 'and' | 'or', children: ReadonlyArray<SearchNode | null>): SearchNode | null {
  const kept = children.filter((child): child is SearchNode => child !== null);
  if (kept.length <= 1) return kept[0] ?? null;
  return { kind, children: kept };
}
