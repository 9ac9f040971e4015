import { foldLetters } from './foldLetters.ts';

/** Words seen lately and how they fold: results repeat the same few hundred words (names, places, note words). */
const folded = new Map<string, string>();
const remembered = 20_000;

/** A word as search compares it when highlighting: no case, no accents, no Ł or ß. */
export function foldForComparison(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = foldLetters(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size === remembered) folded.clear();
    folded.set(word, result);
  }
  return result;
}
