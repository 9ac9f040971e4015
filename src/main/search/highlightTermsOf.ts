import { foldForComparison } from './foldForComparison.ts';
import type { HighlightTerms } from './highlightText.ts';
import type { SearchTerm } from './parsing/SearchNode.ts';

/** The words to mark for some terms: each word whole, and a prefix term's last word as a prefix. */
export function highlightTermsOf(terms: readonly SearchTerm[]): HighlightTerms {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    const words = term.words.map(foldForComparison);
    if (term.prefix) prefixes.push(words.pop()!);
    for (const word of words) exact.add(word);
  }
  return { exact, prefix: null, prefixes };
}
