import { foldLetters } from './foldLetters.ts';

/** A word as search compares it when highlighting: no case, no accents, no Ł or ß. */
export function foldForComparison(word: string): string {
  return foldLetters(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
