import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { CandidateListOrder } from '../storage/repositories/CandidateListOrder.ts';
import type { CandidateRepository } from '../storage/repositories/CandidateRepository.ts';
import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import type { StageRepository } from '../storage/repositories/StageRepository.ts';
import type { DocumentMatch } from './compiling/DocumentMatch.ts';
import { toDocumentMatch } from './compiling/toDocumentMatch.ts';
import { parseSearch } from './parsing/parseSearch.ts';

/** Answers kept for scrolling: the list asks for page after page of the same search. */
const keptAnswers = 4;

/**
 * Every candidate a query matches, in the candidate list's own order and filters, a page at a time. The whole
 * ordered answer is worked out once (the list's order of every live candidate who passes the filters, kept while
 * nothing is written, then only those whose document matches) and kept, so the next page is a slice.
 */
export class CandidateListSearch {
  readonly #index: SearchIndexRepository;
  readonly #candidates: CandidateRepository;
  readonly #stages: StageRepository;
  readonly #answers = new Map<string, readonly number[]>();
  readonly #orders = new Map<string, readonly number[]>();

  constructor(index: SearchIndexRepository, candidates: CandidateRepository, stages: StageRepository) {
    this.#index = index;
    this.#candidates = candidates;
    this.#stages = stages;
  }

  page(
    text: string,
    order: CandidateListOrder,
    offset: number,
    limit: number,
  ): { items: Candidate[]; total: number; hint: string | null } {
    const parsed = parseSearch(text);
    this.#index.refreshDocuments();
    const match = toDocumentMatch(parsed.tree, this.#stages.list());
    const version = this.#index.dataVersion();
    const answer = this.#answer(version, match, order);
    const seqs = answer.slice(offset, offset + limit);
    const found = this.#candidates.getMany(seqs, []);
    const items = seqs.flatMap((seq) => {
      const entry = found.bySeq.get(seq);
      return entry ? [entry.candidate] : [];
    });
    return { items, total: answer.length, hint: parsed.hint };
  }

  #answer(version: string, match: DocumentMatch, order: CandidateListOrder): readonly number[] {
    if (match.kind === 'none') return [];
    const key = JSON.stringify([version, match, order]);
    const kept = this.#answers.get(key);
    if (kept) return kept;
    const ordered = this.#ordered(version, order);
    let answer = ordered;
    if (match.kind !== 'all') {
      const matching = new Set(this.#index.documentMatches(match.expression));
      const wanted = match.kind === 'only';
      answer = ordered.filter((seq) => matching.has(seq) === wanted);
    }
    remember(this.#answers, key, answer);
    return answer;
  }

  /** The list's order of every live candidate who passes its filters, worked out once per version of the data. */
  #ordered(version: string, order: CandidateListOrder): readonly number[] {
    const key = JSON.stringify([version, order]);
    const kept = this.#orders.get(key);
    if (kept) return kept;
    const ordered = this.#index.orderedCandidates(order);
    remember(this.#orders, key, ordered);
    return ordered;
  }
}

/** Keeps the newest few answers: a Map iterates in insertion order, so the first key is the oldest. */
function remember(answers: Map<string, readonly number[]>, key: string, answer: readonly number[]): void {
  answers.set(key, answer);
  while (answers.size > keptAnswers) answers.delete(answers.keys().next().value!);
}
