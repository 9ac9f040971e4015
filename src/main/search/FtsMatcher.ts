import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import type { SearchIndexTable } from '../storage/repositories/SearchIndexTable.ts';
import type { SearchQuery } from './SearchQuery.ts';
import { toMatchExpression } from './toMatchExpression.ts';
import { wordPattern } from './wordPattern.ts';

/**
 * Above this many matches a query is answered newest first instead of by relevance. bm25 costs ~1.2 µs per match
 * plus a scan of each word's whole posting list, so ranking a word found in most of 300k notes takes 50–450 ms,
 * while FTS5 hands out matches newest first almost for free (`ORDER BY rowid DESC`). Words that common rank
 * poorly anyway, and the newest notes are the likeliest to be wanted.
 */
export const rankingWindow = 2000;

/**
 * A one-letter prefix has no prefix index behind it: "e*" merges every posting of every e-word, ~16 ms over 100k
 * candidates (all their emails say "example") and ~100 ms over 300k notes. Two and three letters are indexed.
 */
export const minimumPrefix = 2;
const indexedPrefix = 3;

export type Matches = { ranked: boolean; seqs: number[] };

/**
 * Finds the rows of one FTS5 table that match a query, best first, in a bounded number of steps:
 * 1. the newest `rankingWindow + 1` matches, streamed by FTS5 in rowid order (also the count);
 * 2. more than `rankingWindow`: those, newest first, and done;
 * 3. otherwise bm25 ranks them, but only over the phrases that are rare on their own: a common word adds little
 *    to the order yet costs a scan of its whole posting list, and a long prefix costs a merge of every word it
 *    names. With no rare phrase at all, newest first again.
 */
export class FtsMatcher {
  readonly #index: SearchIndexRepository;
  readonly #table: SearchIndexTable;

  constructor(index: SearchIndexRepository, table: SearchIndexTable) {
    this.#index = index;
    this.#table = table;
  }

  match(query: SearchQuery): Matches {
    const newest = this.#index.newestMatches(
      this.#table,
      toMatchExpression(query, minimumPrefix),
      rankingWindow + 1,
    );
    if (newest.length > rankingWindow || newest.length === 0)
      return { ranked: newest.length === 0, seqs: newest };
    const last = query.phrases.length - 1;
    const lastWord = query.phrases[last]!.match(wordPattern)!.at(-1)!;
    const longPrefix = query.prefix && Array.from(lastWord).length > indexedPrefix;
    const rare =
      query.phrases.length === 1
        ? [0]
        : query.phrases
            .map((_phrase, index) => index)
            .filter((index) => !(index === last && longPrefix))
            .filter(
              (index) =>
                this.#index.countMatches(
                  this.#table,
                  toMatchExpression(subset(query, [index]), minimumPrefix),
                  rankingWindow + 1,
                ) <= rankingWindow,
            );
    if (rare.length === 0) return { ranked: false, seqs: newest };
    const matching = new Set(newest);
    // Every match contains every phrase, so ranking the rare phrases' (few) rows and keeping the matches loses none.
    const seqs = this.#index
      .rankedMatches(this.#table, toMatchExpression(subset(query, rare), minimumPrefix))
      .filter((seq) => matching.has(seq));
    return { ranked: true, seqs };
  }
}

function subset(query: SearchQuery, indexes: number[]): SearchQuery {
  const last = query.phrases.length - 1;
  return {
    phrases: indexes.map((index) => query.phrases[index]!),
    prefix: query.prefix && indexes.includes(last) && indexes.at(-1) === last,
    words: query.words,
  };
}
