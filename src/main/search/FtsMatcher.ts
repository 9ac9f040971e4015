import type { Stage } from '../../shared/schemas/stage.ts';
import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import { termExpression } from './compiling/termExpression.ts';
import type { SearchTerm } from './parsing/SearchNode.ts';

/**
 * Above this many matches a query is answered newest first instead of by relevance. bm25 costs ~1.2 µs per match
 * plus a scan of each word's whole posting list, so ranking a word found in most of 100k candidates takes
 * 50–450 ms, while FTS5 hands out matches newest first almost for free (`ORDER BY rowid DESC`). Words that common
 * rank poorly anyway, and the newest candidates are the likeliest to be wanted.
 */
export const rankingWindow = 2000;

/** Up to 3 letters a prefix is served by the prefix index; a longer one costs a merge of every word it names. */
const indexedPrefix = 3;

export type Matches = { total: number; ranked: boolean; seqs: number[] };

/**
 * Counts the candidates a query matches and puts the first `limit` in order, in a bounded number of steps:
 * 1. the newest `rankingWindow + 1` matches, which FTS5 streams in rowid order (for a few matches, all of them);
 * 2. more than `rankingWindow`: the newest first, and an exact count (FTS5 walks the expression once more, in C);
 * 3. otherwise bm25 ranks them over the query's rare terms only (at most `rankingWindow` candidates, and at most
 *    `rankingWindow` notes for words found in notes): a common word adds little to the order yet costs a scan of
 *    its whole posting list. Matches no rare term reaches follow, newest first. No rare term: newest first.
 */
export class FtsMatcher {
  readonly #index: SearchIndexRepository;

  constructor(index: SearchIndexRepository) {
    this.#index = index;
  }

  match(expression: string, terms: readonly SearchTerm[], stages: readonly Stage[], limit: number): Matches {
    const newest = this.#index.newestMatches('documents', expression, rankingWindow + 1);
    if (newest.length === 0) return { total: 0, ranked: true, seqs: [] };
    if (newest.length > rankingWindow) {
      const total = this.#index.documentCount(expression);
      return { total, ranked: false, seqs: newest.slice(0, limit) };
    }
    const total = newest.length;
    // A query of one term has at most rankingWindow matches by now, so ranking them is cheap whatever the term.
    const alone = terms.length === 1;
    const rare = terms.flatMap((term) => {
      const termMatch = termExpression(term, stages);
      if (termMatch === null) return [];
      if (!alone && term.prefix && Array.from(term.words.at(-1)!).length > indexedPrefix) return [];
      if (!alone && this.#index.countMatches('documents', termMatch, rankingWindow + 1) > rankingWindow)
        return [];
      // A word in few candidates can still fill thousands of notes (one busy history); it ranks no better.
      // notes_fts has no prefix index: a prefix of up to 3 letters would merge too many words to count.
      const inNotes = term.field === null || term.field === 'notes';
      const countable = !term.prefix || Array.from(term.words.at(-1)!).length > indexedPrefix;
      if (inNotes && countable) {
        const noteMatch = `"${term.words.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
        if (this.#index.countMatches('notes', noteMatch, rankingWindow + 1) > rankingWindow) return [];
      }
      return [termMatch];
    });
    if (rare.length === 0) return { total, ranked: false, seqs: newest.slice(0, limit) };
    const matching = new Set(newest);
    const ranked = this.#index
      .rankedMatches('documents', rare.length === 1 ? rare[0]! : `(${rare.join(' OR ')})`)
      .filter((seq) => matching.has(seq));
    const placed = new Set(ranked);
    const seqs = [...ranked, ...newest.filter((seq) => !placed.has(seq))].slice(0, limit);
    return { total, ranked: true, seqs };
  }
}
