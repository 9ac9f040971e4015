import { foldForComparison } from './foldForComparison.ts';
import { foldLetters } from './foldLetters.ts';
import type { SearchTerm } from './parsing/SearchNode.ts';
import { wordPattern } from './wordPattern.ts';

/**
 * How many of the terms a text contains, each as its words in a row (the last one as a prefix for a prefix
 * term), compared as the index compares them: what picks the notes a search result shows.
 */
export function countMatchedTerms(text: string, terms: readonly SearchTerm[]): number {
  // Folded once as a whole (marks go, letters stay in place), so a long note costs one pass, not one per word.
  const words =
    foldLetters(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(wordPattern) ?? [];
  let matched = 0;
  for (const term of terms) {
    const wanted = term.words.map(foldForComparison);
    const last = wanted.length - 1;
    search: for (let start = 0; start + wanted.length <= words.length; start += 1) {
      for (let index = 0; index <= last; index += 1) {
        const word = words[start + index]!;
        const same = index === last && term.prefix ? word.startsWith(wanted[index]!) : word === wanted[index];
        if (!same) continue search;
      }
      matched += 1;
      break;
    }
  }
  return matched;
}
