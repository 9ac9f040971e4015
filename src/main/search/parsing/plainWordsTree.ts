import { parseSearchText } from '../parseSearchText.ts';
import { wordPattern } from '../wordPattern.ts';
import { minimumPrefix } from './parseBooleanTokens.ts';
import type { SearchNode, SearchTerm } from './SearchNode.ts';

/**
 * Plain words as search always read them (see parseSearchText): each chunk a phrase, all of them required, the
 * last word a prefix while it is still being typed and two letters or more, unless the chunk ends in punctuation.
 */
export function plainWordsTree(text: string): SearchNode | null {
  const query = parseSearchText(text);
  const terms = query.phrases.map((phrase, index): SearchTerm => {
    const words = phrase.match(wordPattern)!;
    const last = words.at(-1)!;
    const typing =
      query.prefix &&
      index === query.phrases.length - 1 &&
      phrase.endsWith(last) &&
      Array.from(last).length >= minimumPrefix;
    return { kind: 'term', field: null, words, prefix: typing };
  });
  if (terms.length <= 1) return terms[0] ?? null;
  return { kind: 'and', children: terms };
}
