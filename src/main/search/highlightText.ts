import type { HighlightSegment } from '../../shared/schemas/highlightSegment.ts';
import { foldForComparison } from './foldForComparison.ts';
import { wordPattern } from './wordPattern.ts';

export type HighlightTerms = {
  /** Folded words that match whole. */
  exact: ReadonlySet<string>;
  /** A folded word still being typed: any word starting with it matches. */
  prefix: string | null;
  /** More folded prefixes (`kotl* OR pyth*`): any word starting with one of them matches. */
  prefixes?: readonly string[];
};

/**
 * The text as segments with the query's words marked. With `window`, only about that many characters around
 * the first match, cut at word boundaries, with "…" where text was left out.
 */
export function highlightText(text: string, terms: HighlightTerms, window?: number): HighlightSegment[] {
  const matches: Array<[number, number]> = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = foldForComparison(match[0]);
    if (
      terms.exact.has(word) ||
      (terms.prefix !== null && word.startsWith(terms.prefix)) ||
      terms.prefixes?.some((prefix) => word.startsWith(prefix))
    ) {
      matches.push([match.index, match.index + match[0].length]);
    }
  }
  let start = 0;
  let end = text.length;
  if (window !== undefined && text.length > window) {
    const anchor = matches[0]?.[0] ?? 0;
    start = Math.max(0, anchor - Math.floor(window / 4));
    end = Math.min(text.length, start + window);
    start = Math.max(0, Math.min(start, end - window));
    // Move both cuts to the nearest space so no word is cut in half.
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < anchor) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      const lastMatchEnd = matches.filter(([from]) => from < end).at(-1)?.[1] ?? 0;
      if (space > start && space >= lastMatchEnd) end = space;
    }
  }
  const segments: HighlightSegment[] = [];
  const push = (segmentText: string, highlight: boolean) => {
    if (segmentText === '') return;
    const previous = segments.at(-1);
    if (previous && previous.highlight === highlight) previous.text += segmentText;
    else segments.push({ text: segmentText, highlight });
  };
  const collapse = (value: string) => (window === undefined ? value : value.replace(/\s+/g, ' '));
  if (start > 0) push('…', false);
  let position = start;
  for (const [from, to] of matches) {
    if (to <= start || from >= end) continue;
    push(collapse(text.slice(position, Math.max(position, from))), false);
    push(text.slice(Math.max(from, position), Math.min(to, end)), true);
    position = Math.min(to, end);
  }
  push(collapse(text.slice(position, end)), false);
  if (end < text.length) push('…', false);
  return segments;
}
