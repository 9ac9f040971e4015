import { cleanSearchText } from './cleanSearchText.ts';
import { foldForComparison } from './foldForComparison.ts';
import { foldLetters } from './foldLetters.ts';
import type { SearchQuery } from './SearchQuery.ts';
import { wordPattern } from './wordPattern.ts';

export const maximumPhrases = 8;
export const maximumPhraseLength = 64;

/**
 * Splits what the user typed into at most 8 phrases of at most 64 characters, dropping any chunk with no word in
 * it (punctuation, emoji, a lone quote). Quotes, `*`, NEAR, AND, OR, NOT and parentheses become ordinary text.
 */
export function parseSearchText(text: string): SearchQuery {
  const head = cleanSearchText(text);
  const chunks = head.split(/\s+/u).filter((chunk) => chunk !== '');
  const phrases: string[] = [];
  const words: string[] = [];
  let lastChunkKept = false;
  for (const chunk of chunks) {
    lastChunkKept = false;
    if (phrases.length === maximumPhrases) break;
    // Cut by code points, so an emoji is never split into a lone surrogate.
    const phrase = foldLetters(Array.from(chunk).slice(0, maximumPhraseLength).join(''));
    const phraseWords = phrase.match(wordPattern);
    if (!phraseWords) continue;
    phrases.push(phrase);
    words.push(...phraseWords.map(foldForComparison));
    lastChunkKept = true;
  }
  // Still typing: the input's very last chunk is the last phrase, with no space after it.
  const typingLastWord = lastChunkKept && !/\s$/u.test(head);
  return { phrases, prefix: typingLastWord, words };
}
