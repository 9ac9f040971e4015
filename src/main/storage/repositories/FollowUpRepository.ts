import type { Database, Statement } from 'better-sqlite3';
import type { FollowUp } from '../../../shared/schemas/followUp.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import type { TouchpointRepository } from './TouchpointRepository.ts';

type FollowUpRow = {
  id: string;
  candidate_id: string;
  candidate_name: string;
  interview_id: string | null;
  title: string;
  quote: string;
  due_on: string;
  origin: FollowUp['origin'];
  done_at: string | null;
  created_at: string;
};

const select = `SELECT f.id, f.candidate_id, c.name AS candidate_name, f.interview_id, f.title, f.quote, f.due_on,
  f.origin, f.done_at, f.created_at FROM follow_ups f JOIN candidates c ON c.id = f.candidate_id`;

function toFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    interviewId: row.interview_id,
    title: row.title,
    quote: row.quote,
    dueOn: row.due_on,
    origin: row.origin,
    doneAt: row.done_at,
    createdAt: row.created_at,
  };
}

export type NewFollowUp = Pick<
  FollowUp,
  'candidateId' | 'interviewId' | 'title' | 'quote' | 'dueOn' | 'origin'
>;

/** Follow-ups: tasks with a due day on a candidate. Done records a touchpoint in the same transaction. */
export class FollowUpRepository {
  readonly #database: Database;
  readonly #touchpoints: TouchpointRepository;
  readonly #byId: Statement<[string], FollowUpRow>;
  readonly #forCandidate: Statement<[string], FollowUpRow>;
  readonly #openUntil: Statement<[string, number], FollowUpRow>;
  readonly #overdue: Statement<[string], number>;
  readonly #toNotify: Statement<[string], FollowUpRow>;

  constructor(database: Database, touchpoints: TouchpointRepository) {
    this.#database = database;
    this.#touchpoints = touchpoints;
    this.#byId = database.prepare(`${select} WHERE f.id = ?`);
    this.#forCandidate = database.prepare(
      `${select} WHERE f.candidate_id = ? ORDER BY f.done_at IS NOT NULL, f.due_on, f.seq LIMIT 200`,
    );
    this.#openUntil = database.prepare(
      `${select} WHERE f.done_at IS NULL AND f.due_on <= ? AND c.deleted_at IS NULL
       ORDER BY f.due_on, f.seq LIMIT ?`,
    );
    // Counted from candidate_waits (live candidates only, one row each): an index range, not a join per follow-up.
    this.#overdue = database
      .prepare<[string], number>(
        'SELECT count(*) FROM candidate_waits INDEXED BY candidate_waits_due WHERE due_on IS NOT NULL AND due_on < ?',
      )
      .pluck();
    this.#toNotify = database.prepare(
      `${select} WHERE f.done_at IS NULL AND f.due_on < ? AND f.notified_at IS NULL
       AND c.deleted_at IS NULL ORDER BY f.due_on LIMIT 50`,
    );
  }

  get(id: string): FollowUp {
    const row = this.#byId.get(id);
    if (!row) throw new NotFoundError('No follow-up has that id.');
    return toFollowUp(row);
  }

  create(input: NewFollowUp, now: string): FollowUp {
    const id = newId();
    this.#database.transaction(() => {
      const candidate = this.#database
        .prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM candidates WHERE id = ?')
        .get(input.candidateId);
      if (!candidate) throw new NotFoundError('No candidate has that id.');
      if (candidate.deleted_at !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before adding a follow-up.');
      }
      if (input.interviewId !== null) {
        const interview = this.#database
          .prepare<[string], { candidate_id: string }>('SELECT candidate_id FROM interviews WHERE id = ?')
          .get(input.interviewId);
        if (!interview || interview.candidate_id !== input.candidateId) {
          throw new NotFoundError('That interview is not one of this candidate’s.');
        }
      }
      this.#database
        .prepare(
          `INSERT INTO follow_ups (id, candidate_id, interview_id, title, quote, due_on, origin, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.candidateId,
          input.interviewId,
          input.title,
          input.quote,
          input.dueOn,
          input.origin,
          now,
          now,
        );
    })();
    return this.get(id);
  }

  forCandidate(candidateId: string): FollowUp[] {
    return this.#forCandidate.all(candidateId).map(toFollowUp);
  }

  /** Open follow-ups due on or before a day, soonest first. */
  openUntil(lastDay: string, limit: number): FollowUp[] {
    return this.#openUntil.all(lastDay, limit).map(toFollowUp);
  }

  /** Candidates with a follow-up overdue (the badge on Today). */
  overdueCount(today: string): number {
    return this.#overdue.get(today)!;
  }

  /** Overdue follow-ups nobody was told about yet; each is marked so it is announced once. */
  takeOverdueToNotify(today: string, now: string): FollowUp[] {
    return this.#database.transaction(() => {
      const rows = this.#toNotify.all(today);
      const mark = this.#database.prepare('UPDATE follow_ups SET notified_at = ? WHERE id = ?');
      for (const row of rows) mark.run(now, row.id);
      return rows.map(toFollowUp);
    })();
  }

  complete(id: string, now: string): FollowUp {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.doneAt !== null) return;
      this.#database
        .prepare('UPDATE follow_ups SET done_at = ?, updated_at = ? WHERE id = ?')
        .run(now, now, id);
      this.#touchpoints.record(
        {
          candidateId: current.candidateId,
          kind: 'follow_up_done',
          title: `Follow-up done: ${current.title}`,
          detail: current.quote || null,
          interviewId: current.interviewId,
        },
        now,
      );
    })();
    return this.get(id);
  }

  reschedule(id: string, dueOn: string, now: string): FollowUp {
    const result = this.#database
      .prepare(
        'UPDATE follow_ups SET due_on = ?, notified_at = NULL, updated_at = ? WHERE id = ? AND done_at IS NULL',
      )
      .run(dueOn, now, id);
    if (result.changes === 0 && this.get(id).doneAt !== null) {
      throw new ConflictError('This follow-up is done already.');
    }
    return this.get(id);
  }

  delete(id: string): void {
    this.get(id);
    this.#database.prepare('DELETE FROM follow_ups WHERE id = ?').run(id);
  }
}
