import type { Database, Statement } from 'better-sqlite3';
import type { CandidateRepository } from '../storage/repositories/CandidateRepository.ts';
import type { SearchGroup } from '../../shared/schemas/searchGroup.ts';
import { candidateSearchFields } from '../../shared/schemas/searchGroup.ts';
import { highlightText, type HighlightTerms } from './highlightText.ts';
import { parseSearchText } from './parseSearchText.ts';
import type { SearchQuery } from './SearchQuery.ts';
import { FtsMatcher, minimumPrefix } from './FtsMatcher.ts';
import { wordPattern } from './wordPattern.ts';

const notesPerGroup = 3;
const snippetWindow = 180;

type NoteRow = {
  id: string;
  candidate_id: string;
  interview_id: string | null;
  title: string;
  text: string;
  date: string;
};

// Column weights: a hit in the name counts most, then email; location, source and tags least.
const candidateRank = 'bm25(candidates_fts, 10.0, 5.0, 3.0, 1.0, 2.0, 1.0, 1.0)';
const noteRank = 'bm25(notes_fts, 2.0, 1.0)';

/**
 * Instant search over candidates and notes. Each FTS5 table finds its matches best first in a bounded number of
 * steps (see FtsMatcher); the rows behind them are then read in that order, leaving out candidates in the Trash
 * and deleted notes, and grouped by candidate.
 */
export class CandidateSearch {
  readonly #candidates: CandidateRepository;
  readonly #candidateMatcher: FtsMatcher;
  readonly #noteMatcher: FtsMatcher;
  readonly #liveCandidates: Statement<{ seqs: string; limit: number }, { seq: number }>;
  readonly #liveNotes: Statement<{ seqs: string; limit: number }, NoteRow>;

  constructor(database: Database, candidates: CandidateRepository) {
    this.#candidates = candidates;
    this.#candidateMatcher = new FtsMatcher(database, 'candidates_fts', candidateRank);
    this.#noteMatcher = new FtsMatcher(database, 'notes_fts', noteRank);
    // json_each keeps the matcher's order (its key is the position), so ORDER BY key is the ranking.
    this.#liveCandidates = database.prepare(
      `SELECT candidates.seq FROM json_each(@seqs) AS hits JOIN candidates ON candidates.seq = hits.value
       WHERE candidates.deleted_at IS NULL ORDER BY hits.key LIMIT @limit`,
    );
    this.#liveNotes = database.prepare(
      `SELECT notes.id, notes.candidate_id, notes.interview_id,
         coalesce(nullif(notes.title, ''), interviews.title, 'Note') AS title, notes.text,
         coalesce(interviews.started_at, interviews.scheduled_at, notes.created_at) AS date
       FROM json_each(@seqs) AS hits
       JOIN notes ON notes.seq = hits.value
       JOIN candidates ON candidates.id = notes.candidate_id
       LEFT JOIN interviews ON interviews.id = notes.interview_id
       WHERE notes.deleted_at IS NULL AND candidates.deleted_at IS NULL AND interviews.deleted_at IS NULL
       ORDER BY hits.key LIMIT @limit`,
    );
  }

  search(text: string, limit: number): { groups: SearchGroup[]; ranking: 'ranked' | 'recent' } {
    const query = parseSearchText(text);
    if (query.phrases.length === 0) return { groups: [], ranking: 'ranked' };

    const candidateMatches = this.#candidateMatcher.match(query);
    const noteMatches = this.#noteMatcher.match(query);
    const candidateHits = live(this.#liveCandidates, candidateMatches.seqs, limit);
    const noteHits = live(this.#liveNotes, noteMatches.seqs, limit * notesPerGroup);

    // Interleave the two rankings (a candidate's own fields win ties), then group by candidate in that order.
    const order: Array<{ candidateSeq?: number; candidateId?: string }> = [];
    for (let index = 0; index < Math.max(candidateHits.length, noteHits.length); index += 1) {
      const candidateHit = candidateHits[index];
      const noteHit = noteHits[index];
      if (candidateHit) order.push({ candidateSeq: candidateHit.seq });
      if (noteHit) order.push({ candidateId: noteHit.candidate_id });
    }
    const candidates = this.#candidates.getMany(
      candidateHits.map((hit) => hit.seq),
      noteHits.map((hit) => hit.candidate_id),
    );
    const matchedBySeq = new Set(candidateHits.map((hit) => hit.seq));
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
  statement: Statement<{ seqs: string; limit: number }, Row>,
  seqs: number[],
  limit: number,
): Row[] {
  const first = seqs.slice(0, limit * 2 + 20);
  const rows = statement.all({ seqs: JSON.stringify(first), limit });
  return rows.length < limit && first.length < seqs.length
    ? statement.all({ seqs: JSON.stringify(seqs), limit })
    : rows;
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
