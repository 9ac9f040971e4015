import { stockPhrases } from './stockPhrases.ts';

const ratingWords = /\b(strong(ly)? (no|yes)|no decision)\b/i;
const fold = (value: string) => value.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/**
 * What makes a draft hollow, as nudges to show beside it: a stock phrase, no specific reason left, an internal
 * rating word, a placeholder still in brackets. Empty when the draft says something real.
 */
export function feedbackNudges(draftText: string, specifics: readonly string[]): string[] {
  const folded = fold(draftText);
  const nudges: string[] = [];
  for (const phrase of stockPhrases) {
    if (folded.includes(phrase)) {
      nudges.push(
        `“${phrase}” says nothing about this candidate. Say what you saw in the interview instead.`,
      );
    }
  }
  const specific =
    /\bbecause\b/.test(folded) ||
    specifics.some((item) => {
      const probe = fold(item).trim().slice(0, 24);
      return probe.length >= 3 && folded.includes(probe);
    });
  if (!specific) {
    nudges.push(
      'There is no specific reason yet: name at least one thing from the interview, and why it mattered.',
    );
  }
  if (ratingWords.test(draftText)) {
    nudges.push('This mentions an internal rating. Say it in plain words about what they did instead.');
  }
  if (/\[[^\]]{3,}\]/.test(draftText)) nudges.push('A placeholder in [brackets] is still in the draft.');
  return nudges;
}
