import type { SearchQuery } from './SearchQuery.ts';
import { wordPattern } from './wordPattern.ts';

/**
 * The FTS5 MATCH string for a query: every phrase double-quoted (quotes inside doubled), so user text is never
 * syntax, joined by implicit AND. The last phrase gets `*` when it is still being typed and its last word is at
 * least `minimumPrefix` characters long: a one-letter prefix over every note costs ~100 ms, so notes ask for 2.
 */
export function toMatchExpression(query: SearchQuery, minimumPrefix: number): string {
  return query.phrases
    .map((phrase, index) => {
      const quoted = `"${phrase.replaceAll('"', '""')}"`;
      if (!query.prefix || index !== query.phrases.length - 1) return quoted;
      const lastWord = phrase.match(wordPattern)!.at(-1)!;
      // A phrase that ends in punctuation ("rust,") has finished its last word.
      const endsInWord = phrase.endsWith(lastWord);
      return endsInWord && Array.from(lastWord).length >= minimumPrefix ? `${quoted}*` : quoted;
    })
    .join(' ');
}
