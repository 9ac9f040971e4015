import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { CandidateListOrder } from './CandidateListOrder.ts';
import type { NoteIndexRepository } from './NoteIndexRepository.ts';
import type { SearchIndexTable } from './SearchIndexTable.ts';
import type { SearchNoteRow } from './SearchNoteRow.ts';

type MatchStatements = {
  newest: Statement<{ match: string; limit: number }, number>;
  count: Statement<{ match: string; limit: number }, number>;
  ranked: Statement<{ match: string }, number>;
};

const tables: Record<SearchIndexTable, string> = {
  documents: 'candidate_documents_fts',
  candidates: 'candidates_fts',
  notes: 'notes_fts',
};
// Column weights: a hit in the name counts most, then email; location, source and tags least; a note least of all.
const ranks: Record<SearchIndexTable, string> = {
  documents: 'bm25(candidate_documents_fts, 10.0, 5.0, 3.0, 1.0, 2.0, 1.0, 1.0, 2.0, 0.0, 1.0)',
  candidates: 'bm25(candidates_fts, 10.0, 5.0, 3.0, 1.0, 2.0, 1.0, 1.0)',
  notes: 'bm25(notes_fts, 2.0, 1.0)',
};
// Each order ends in a unique key, so every page of a search is stable.
const orders: Record<CandidateListOrder['sort'], string> = {
  updated: 'c.last_activity_at DESC, c.seq ASC',
  name: 'c.name COLLATE NOCASE ASC, c.seq ASC',
  created: 'c.seq DESC',
  stage: 's.position ASC, c.last_activity_at DESC, c.seq ASC',
};

/**
 * The SQL behind search: matches in an FTS5 table by rowid (a candidate's or note's seq), and the live rows behind
 * them. `match` is always a MATCH expression built from quoted terms and bound as a parameter.
 */
export class SearchIndexRepository {
  readonly #database: Database;
  readonly #notes: NoteIndexRepository;
  readonly #matches: Record<SearchIndexTable, MatchStatements>;
  readonly #liveCandidates: Statement<{ seqs: string; limit: number }, number>;
  readonly #liveNotes: Statement<{ seqs: string; limit: number }, SearchNoteRow>;
  readonly #pending: Statement<[], number>;
  readonly #reindexPending: () => void;
  readonly #documentMatches: Statement<{ match: string }, string>;
  readonly #documentCount: Statement<{ match: string }, number>;
  readonly #documentMatchesFrom: Statement<{ match: string; from: number }, number>;
  readonly #liveCount: Statement<[], number>;
  readonly #newestLive: Statement<{ before: number; limit: number }, number>;
  readonly #noteSeqs: Statement<{ ids: string; limit: number }, { seq: number; candidateId: string }>;
  readonly #version: Statement<[], string>;
  readonly #ordered = new Map<string, Statement<Record<string, unknown>, string>>();

  constructor(database: Database, notes: NoteIndexRepository) {
    this.#database = database;
    this.#notes = notes;
    const statementsFor = (table: SearchIndexTable): MatchStatements => {
      const fts = tables[table];
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
    this.#matches = {
      documents: statementsFor('documents'),
      candidates: statementsFor('candidates'),
      notes: statementsFor('notes'),
    };
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
    this.#pending = database.prepare<[], number>('SELECT count(*) FROM candidate_documents_pending').pluck();
    const columns = 'name, email, phone, location, role, source, tags, title, stage, notes';
    const forget = database.prepare(
      'DELETE FROM candidate_documents_fts WHERE rowid IN (SELECT candidate_seq FROM candidate_documents_pending)',
    );
    const write = database.prepare(
      `INSERT INTO candidate_documents_fts (rowid, ${columns})
       SELECT d.seq, ${columns.replaceAll(/(\w+)/g, 'd.$1')} FROM candidate_documents_pending p
       JOIN candidate_documents d ON d.seq = p.candidate_seq`,
    );
    const clear = database.prepare('DELETE FROM candidate_documents_pending');
    this.#reindexPending = database.transaction(() => {
      forget.run();
      write.run();
      clear.run();
    });
    // One JSON array instead of a row per match: about twice as fast to hand 100k numbers to JavaScript.
    this.#documentMatches = database
      .prepare<{ match: string }, string>(
        'SELECT json_group_array(rowid) FROM candidate_documents_fts WHERE candidate_documents_fts MATCH @match',
      )
      .pluck();
    this.#documentCount = database
      .prepare<{ match: string }, number>(
        'SELECT count(*) FROM candidate_documents_fts WHERE candidate_documents_fts MATCH @match',
      )
      .pluck();
    this.#documentMatchesFrom = database
      .prepare<{ match: string; from: number }, number>(
        `SELECT rowid FROM candidate_documents_fts WHERE candidate_documents_fts MATCH @match AND rowid >= @from`,
      )
      .pluck();
    this.#liveCount = database
      .prepare<[], number>(
        "SELECT coalesce(sum(count), 0) FROM candidate_counts WHERE tag = '' AND deleted = 0",
      )
      .pluck();
    this.#newestLive = database
      .prepare<{ before: number; limit: number }, number>(
        'SELECT seq FROM candidates WHERE deleted_at IS NULL AND seq < @before ORDER BY seq DESC LIMIT @limit',
      )
      .pluck();
    this.#noteSeqs = database.prepare<{ ids: string; limit: number }, { seq: number; candidateId: string }>(
      `SELECT seq, candidateId FROM (
           SELECT notes.seq, notes.candidate_id AS candidateId,
             row_number() OVER (PARTITION BY notes.candidate_id ORDER BY notes.created_at DESC, notes.seq DESC) AS place
           FROM notes WHERE notes.candidate_id IN (SELECT value FROM json_each(@ids)) AND notes.deleted_at IS NULL)
         WHERE place <= @limit`,
    );
    // Changes through this connection, and commits by any other (the sqlite3 shell, a second process).
    this.#version = database
      .prepare<[], string>("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version)")
      .pluck();
  }

  /**
   * Brings the notes still queued since their last autosave up to date (their text and notes_fts), then
   * re-indexes the candidates whose notes changed since their document was written; cheap when none did. So a
   * search always sees the notes as saved, whatever NoteIndexScheduler has got to.
   */
  refreshDocuments(): void {
    this.#notes.indexAll();
    if (this.#pending.get()! > 0) this.#reindexPending();
  }

  /** Every candidate whose document matches, as seqs in no particular order. */
  documentMatches(match: string): number[] {
    return JSON.parse(this.#documentMatches.get({ match })!) as number[];
  }

  /** How many candidates' documents match. */
  documentCount(match: string): number {
    return this.#documentCount.get({ match })!;
  }

  /** The matching candidates with a seq of at least `from`. */
  documentMatchesFrom(match: string, from: number): number[] {
    return this.#documentMatchesFrom.all({ match, from });
  }

  /** How many candidates are not in the Trash. */
  liveCandidateCount(): number {
    return this.#liveCount.get()!;
  }

  /** Candidates not in the Trash, newest first, with a seq below `before`. */
  newestLiveCandidates(before: number, limit: number): number[] {
    return this.#newestLive.all({ before, limit });
  }

  /** Each candidate's newest live notes (at most `perCandidate` each), as seqs with their candidate. */
  recentNoteSeqs(
    candidateIds: readonly string[],
    perCandidate: number,
  ): Array<{ seq: number; candidateId: string }> {
    return this.#noteSeqs.all({ ids: JSON.stringify(candidateIds), limit: perCandidate });
  }

  /** Changes whenever anything was written, by this connection or another: what cached answers check. */
  dataVersion(): string {
    return this.#version.get()!;
  }

  /** Every candidate not in the Trash that passes the list's filters, in the list's order. */
  orderedCandidates(order: CandidateListOrder): number[] {
    const filters: string[] = ['c.deleted_at IS NULL'];
    const parameters: Record<string, unknown> = {};
    if (order.stageId !== undefined) filters.push('c.stage_id = @stageId');
    if (order.role !== undefined) filters.push('c.role = @role COLLATE NOCASE');
    if (order.source !== undefined) filters.push('c.source = @source COLLATE NOCASE');
    if (order.tag !== undefined)
      filters.push('c.seq IN (SELECT candidate_seq FROM candidate_tags WHERE tag = @tag)');
    for (const key of ['stageId', 'role', 'source', 'tag'] as const)
      if (order[key] !== undefined) parameters[key] = order[key];
    const from =
      order.sort === 'stage' ? 'stages s CROSS JOIN candidates c ON c.stage_id = s.id' : 'candidates c';
    const sql = `SELECT json_group_array(seq) FROM (SELECT c.seq FROM ${from} WHERE ${filters.join(' AND ')}
      ORDER BY ${orders[order.sort]})`;
    let statement = this.#ordered.get(sql);
    if (!statement) {
      statement = this.#database.prepare<Record<string, unknown>, string>(sql).pluck();
      this.#ordered.set(sql, statement);
    }
    return JSON.parse(statement.get(parameters)!) as number[];
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
