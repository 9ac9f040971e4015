import type { CandidateRepository } from '../storage/repositories/CandidateRepository.ts';
import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import type { SearchGroup } from '../../shared/schemas/searchGroup.ts';
import { candidateSearchFields } from '../../shared/schemas/searchGroup.ts';
import { highlightText, type HighlightTerms } from './highlightText.ts';
import { parseSearchText } from './parseSearchText.ts';
import type { SearchQuery } from './SearchQuery.ts';
import { FtsMatcher, minimumPrefix } from './FtsMatcher.ts';
import { wordPattern } from './wordPattern.ts';

const notesPerGroup = 3;
const snippetWindow = 180;

/**
 * Instant search over candidates and notes. Each FTS5 table finds its matches best first in a bounded number of
 * steps (see FtsMatcher); the rows behind them are then read in that order, leaving out candidates in the Trash
 * and deleted notes, and grouped by candidate.
 */
export class CandidateSearch {
  readonly #index: SearchIndexRepository;
  readonly #candidates: CandidateRepository;
  readonly #candidateMatcher: FtsMatcher;
  readonly #noteMatcher: FtsMatcher;

  constructor(index: SearchIndexRepository, candidates: CandidateRepository) {
    this.#index = index;
    this.#candidates = candidates;
    this.#candidateMatcher = new FtsMatcher(index, 'candidates');
    this.#noteMatcher = new FtsMatcher(index, 'notes');
  }

  search(text: string, limit: number): { groups: SearchGroup[]; ranking: 'ranked' | 'recent' } {
    const query = parseSearchText(text);
    if (query.phrases.length === 0) return { groups: [], ranking: 'ranked' };

    const candidateMatches = this.#candidateMatcher.match(query);
    const noteMatches = this.#noteMatcher.match(query);
    const candidateHits = live(
      (seqs, most) => this.#index.liveCandidateSeqs(seqs, most),
      candidateMatches.seqs,
      limit,
    );
    const noteHits = live(
      (seqs, most) => this.#index.liveNotes(seqs, most),
      noteMatches.seqs,
      limit * notesPerGroup,
    );

    // Interleave the two rankings (a candidate's own fields win ties), then group by candidate in that order.
    const order: Array<{ candidateSeq?: number; candidateId?: string }> = [];
    for (let index = 0; index < Math.max(candidateHits.length, noteHits.length); index += 1) {
      const candidateHit = candidateHits[index];
      const noteHit = noteHits[index];
      if (candidateHit !== undefined) order.push({ candidateSeq: candidateHit });
      if (noteHit) order.push({ candidateId: noteHit.candidate_id });
    }
    const candidates = this.#candidates.getMany(
      candidateHits,
      noteHits.map((hit) => hit.candidate_id),
    );
    const matchedBySeq = new Set(candidateHits);
    const groups = new Map<string, SearchGroup>();
    const terms = highlightTerms(query);
    for (const entry of order) {
      if (groups.size === limit) break;
      const candidate =
        entry.candidateSeq !== undefined
          ? candidates.bySeq.get(entry.candidateSeq)
          : candidates.byId.get(entry.candidateId!);
      if (!candidate || groups.has(candidate.candidate.id)) continue;
      groups.set(candidate.candidate.id, {
        candidate: candidate.candidate,
        name: highlightText(candidate.candidate.name, terms),
        field: matchedBySeq.has(candidate.seq) ? bestField(candidate.candidate, terms) : null,
        notes: [],
      });
    }
    for (const hit of noteHits) {
      const group = groups.get(hit.candidate_id);
      if (!group || group.notes.length === notesPerGroup) continue;
      group.notes.push({
        noteId: hit.id,
        interviewId: hit.interview_id,
        title: hit.title,
        date: hit.date,
        snippet: highlightText(hit.text, terms, snippetWindow),
      });
    }
    return {
      groups: [...groups.values()],
      ranking: candidateMatches.ranked && noteMatches.ranked ? 'ranked' : 'recent',
    };
  }
}

/**
 * The rows behind the first matches, in order, without those in the Trash or deleted. Twice the rows needed are
 * joined first; only when the Trash took so many places that too few are left is every match joined.
 */
function live<Row>(
  rowsOf: (seqs: readonly number[], limit: number) => Row[],
  seqs: number[],
  limit: number,
): Row[] {
  const first = seqs.slice(0, limit * 2 + 20);
  const rows = rowsOf(first, limit);
  return rows.length < limit && first.length < seqs.length ? rowsOf(seqs, limit) : rows;
}

function highlightTerms(query: SearchQuery): HighlightTerms {
  const exact = new Set(query.words);
  const lastPhrase = query.phrases.at(-1)!;
  const lastWord = query.words.at(-1)!;
  const lastTyped = lastPhrase.match(wordPattern)!.at(-1)!;
  // The same rule as the MATCH expression: a prefix only when the phrase ends in a word of two letters or more.
  const typing =
    query.prefix && lastPhrase.endsWith(lastTyped) && Array.from(lastTyped).length >= minimumPrefix;
  if (typing) exact.delete(lastWord);
  // A word typed earlier in the query can equal the last one; it must still match whole.
  if (typing && query.words.slice(0, -1).includes(lastWord)) exact.add(lastWord);
  return { exact, prefix: typing ? lastWord : null };
}

/** The first of the candidate's other fields that contains a query word, highlighted. */
function bestField(candidate: SearchGroup['candidate'], terms: HighlightTerms): SearchGroup['field'] {
  for (const field of candidateSearchFields) {
    if (field === 'name') continue;
    const value = field === 'tags' ? candidate.tags.join(', ') : candidate[field];
    if (!value) continue;
    const segments = highlightText(value, terms);
    if (segments.some((segment) => segment.highlight)) return { field, segments };
  }
  return null;
}
