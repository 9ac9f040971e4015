import type { Database, Statement } from 'better-sqlite3';
import type { SearchIndexTable } from './SearchIndexTable.ts';
import type { SearchNoteRow } from './SearchNoteRow.ts';

type MatchStatements = {
  newest: Statement<{ match: string; limit: number }, number>;
  count: Statement<{ match: string; limit: number }, number>;
  ranked: Statement<{ match: string }, number>;
};

// Column weights: a hit in the name counts most, then email; location, source and tags least.
const ranks: Record<SearchIndexTable, string> = {
  candidates: 'bm25(candidates_fts, 10.0, 5.0, 3.0, 1.0, 2.0, 1.0, 1.0)',
  notes: 'bm25(notes_fts, 2.0, 1.0)',
};

/**
 * The SQL behind search: matches in an FTS5 table by rowid (a candidate's or note's seq), and the live rows behind
 * them. `match` is always a MATCH expression built from quoted terms and bound as a parameter.
 */
export class SearchIndexRepository {
  readonly #matches: Record<SearchIndexTable, MatchStatements>;
  readonly #liveCandidates: Statement<{ seqs: string; limit: number }, number>;
  readonly #liveNotes: Statement<{ seqs: string; limit: number }, SearchNoteRow>;

  constructor(database: Database) {
    const statementsFor = (table: SearchIndexTable): MatchStatements => {
      const fts = `${table}_fts`;
      return {
        newest: database
          .prepare<{ match: string; limit: number }, number>(
            `SELECT rowid FROM ${fts} WHERE ${fts} MATCH @match ORDER BY rowid DESC LIMIT @limit`,
          )
          .pluck(),
        count: database
          .prepare<{ match: string; limit: number }, number>(
            `SELECT count(*) FROM (SELECT rowid FROM ${fts} WHERE ${fts} MATCH @match LIMIT @limit)`,
          )
          .pluck(),
        ranked: database
          .prepare<{ match: string }, number>(
            `SELECT rowid FROM ${fts} WHERE ${fts} MATCH @match ORDER BY ${ranks[table]}`,
          )
          .pluck(),
      };
    };
    this.#matches = { candidates: statementsFor('candidates'), notes: statementsFor('notes') };
    // json_each keeps the given order (its key is the position), so ORDER BY key keeps the ranking.
    this.#liveCandidates = database
      .prepare<{ seqs: string; limit: number }, number>(
        `SELECT candidates.seq FROM json_each(@seqs) AS hits JOIN candidates ON candidates.seq = hits.value
         WHERE candidates.deleted_at IS NULL ORDER BY hits.key LIMIT @limit`,
      )
      .pluck();
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

  /** The newest matches first (FTS5 streams rowid order almost for free), at most `limit`. */
  newestMatches(table: SearchIndexTable, match: string, limit: number): number[] {
    return this.#matches[table].newest.all({ match, limit });
  }

  /** How many rows match, counting no further than `limit`. */
  countMatches(table: SearchIndexTable, match: string, limit: number): number {
    return this.#matches[table].count.get({ match, limit })!;
  }

  /** Every match, best first by bm25 with the table's column weights. */
  rankedMatches(table: SearchIndexTable, match: string): number[] {
    return this.#matches[table].ranked.all({ match });
  }

  /** The seqs of candidates not in the Trash, in the order given, at most `limit`. */
  liveCandidateSeqs(seqs: readonly number[], limit: number): number[] {
    return this.#liveCandidates.all({ seqs: JSON.stringify(seqs), limit });
  }

  /** The notes not deleted (nor their candidate or interview), in the order given, at most `limit`. */
  liveNotes(seqs: readonly number[], limit: number): SearchNoteRow[] {
    return this.#liveNotes.all({ seqs: JSON.stringify(seqs), limit });
  }
}
