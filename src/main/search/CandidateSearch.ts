import type { Stage } from '../../shared/schemas/stage.ts';
import type { SearchGroup } from '../../shared/schemas/searchGroup.ts';
import { candidateSearchFields } from '../../shared/schemas/searchGroup.ts';
import type { CandidateRepository } from '../storage/repositories/CandidateRepository.ts';
import type { SearchIndexRepository } from '../storage/repositories/SearchIndexRepository.ts';
import type { SearchNoteRow } from '../storage/repositories/SearchNoteRow.ts';
import type { StageRepository } from '../storage/repositories/StageRepository.ts';
import { countMatchedTerms } from './countMatchedTerms.ts';
import { positiveTerms } from './compiling/positiveTerms.ts';
import { toDocumentMatch } from './compiling/toDocumentMatch.ts';
import { FtsMatcher, rankingWindow } from './FtsMatcher.ts';
import { highlightTermsOf } from './highlightTermsOf.ts';
import { highlightText, type HighlightTerms } from './highlightText.ts';
import { parseSearch } from './parsing/parseSearch.ts';
import type { SearchTerm } from './parsing/SearchNode.ts';
import type { DocumentMatch } from './compiling/DocumentMatch.ts';

const notesPerGroup = 3;
const snippetWindow = 180;
/** The newest notes of each candidate shown that are read to pick theirs, and how much text that may read. */
const notesReadPerCandidate = 100;
const noteCharactersRead = 4_000_000;

export type SearchAnswer = {
  groups: SearchGroup[];
  ranking: 'ranked' | 'recent';
  total: number;
  hint: string | null;
};

/**
 * Instant search over candidates and notes, for Ctrl+K. The query becomes one FTS5 expression over
 * candidate_documents_fts (one document per live candidate), so `total` is an exact count; the first `limit`
 * candidates are ordered by FtsMatcher, and each shows its best field and up to three of its notes that hold the
 * query's words, read and matched here.
 */
export class CandidateSearch {
  readonly #index: SearchIndexRepository;
  readonly #candidates: CandidateRepository;
  readonly #stages: StageRepository;
  readonly #matcher: FtsMatcher;

  constructor(index: SearchIndexRepository, candidates: CandidateRepository, stages: StageRepository) {
    this.#index = index;
    this.#candidates = candidates;
    this.#stages = stages;
    this.#matcher = new FtsMatcher(index);
  }

  search(text: string, limit: number): SearchAnswer {
    const parsed = parseSearch(text);
    if (parsed.tree === null) return { groups: [], ranking: 'ranked', total: 0, hint: parsed.hint };
    this.#index.refreshDocuments();
    const stages = this.#stages.list();
    const match = toDocumentMatch(parsed.tree, stages);
    const terms = positiveTerms(parsed.tree);
    const { total, ranked, seqs } = this.#first(match, terms, stages, limit);
    const candidates = this.#candidates.getMany(seqs, []);
    const highlights = highlightTermsOf(terms);
    const groups: SearchGroup[] = [];
    for (const seq of seqs) {
      const found = candidates.bySeq.get(seq);
      if (!found) continue;
      groups.push({
        candidate: found.candidate,
        name: highlightText(found.candidate.name, highlights),
        field: bestField(found.candidate, highlights),
        notes: [],
      });
    }
    this.#addNotes(
      groups,
      terms.filter((term) => term.field === null || term.field === 'notes'),
    );
    return { groups, ranking: ranked ? 'ranked' : 'recent', total, hint: parsed.hint };
  }

  /** How many candidates match, and the first `limit` of them in order. */
  #first(
    match: DocumentMatch,
    terms: readonly SearchTerm[],
    stages: readonly Stage[],
    limit: number,
  ): { total: number; ranked: boolean; seqs: number[] } {
    if (match.kind === 'none') return { total: 0, ranked: true, seqs: [] };
    if (match.kind === 'only') return this.#matcher.match(match.expression, terms, stages, limit);
    // Everyone, or everyone but some: the newest live candidates, skipping the excluded ones a batch at a time.
    const excluded = match.kind === 'except' ? match.expression : null;
    const total =
      this.#index.liveCandidateCount() - (excluded === null ? 0 : this.#index.documentCount(excluded));
    const seqs: number[] = [];
    let before = Number.MAX_SAFE_INTEGER;
    while (seqs.length < limit) {
      const batch = this.#index.newestLiveCandidates(before, limit * 4);
      if (batch.length === 0) break;
      const skip = new Set(excluded === null ? [] : this.#index.documentMatchesFrom(excluded, batch.at(-1)!));
      seqs.push(...batch.filter((seq) => !skip.has(seq)).slice(0, limit - seqs.length));
      before = batch.at(-1)!;
    }
    return { total, ranked: false, seqs };
  }

  /**
   * Up to three notes per group that hold the most of the terms, the newest first among equals. Read are each
   * candidate's newest notes and, for a history longer than that, the notes that hold every whole word of the
   * query when they are few: an old note that says it all is found however many came after it.
   */
  #addNotes(groups: SearchGroup[], terms: readonly SearchTerm[]): void {
    if (terms.length === 0 || groups.length === 0) return;
    const byCandidate = new Map(groups.map((group) => [group.candidate.id, group]));
    const recent = this.#index.recentNoteSeqs([...byCandidate.keys()], notesReadPerCandidate + 1);
    const perCandidate = new Map<string, number>();
    for (const note of recent)
      perCandidate.set(note.candidateId, (perCandidate.get(note.candidateId) ?? 0) + 1);
    const whole = terms
      .filter((term) => !term.prefix)
      .map((term) => `"${term.words.join(' ').replaceAll('"', '""')}"`);
    const allWords = whole.join(' AND ');
    const longHistory = [...perCandidate.values()].some((count) => count > notesReadPerCandidate);
    // rankingWindow: what FtsMatcher ranks at most; more notes than that hold all the words only in a huge history.
    const best =
      longHistory &&
      whole.length > 0 &&
      this.#index.countMatches('notes', allWords, rankingWindow + 1) <= rankingWindow
        ? this.#index.rankedMatches('notes', allWords)
        : [];
    const noteSeqs = [...new Set([...best, ...recent.map((note) => note.seq)])];
    const scored = new Map<string, Array<{ score: number; order: number; row: SearchNoteRow }>>();
    let read = 0;
    for (const [order, row] of this.#index.liveNotes(noteSeqs, noteSeqs.length).entries()) {
      if (read > noteCharactersRead) break;
      if (!byCandidate.has(row.candidate_id)) continue;
      read += row.text.length;
      const score = countMatchedTerms(`${row.title}\n${row.text}`, terms);
      if (score === 0) continue;
      const list = scored.get(row.candidate_id) ?? [];
      list.push({ score, order, row });
      scored.set(row.candidate_id, list);
    }
    const highlights = highlightTermsOf(terms);
    for (const [candidateId, list] of scored) {
      list.sort((first, second) => second.score - first.score || first.order - second.order);
      byCandidate.get(candidateId)!.notes = list.slice(0, notesPerGroup).map(({ row }) => ({
        noteId: row.id,
        interviewId: row.interview_id,
        title: row.title,
        date: row.date,
        snippet: highlightText(row.text, highlights, snippetWindow),
      }));
    }
  }
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
