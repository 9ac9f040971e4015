import type { Database, Statement } from 'better-sqlite3';
import type { InterviewStatus } from '../../../shared/schemas/interviewStatus.ts';
import type { WaitRow } from '../../../shared/waiting/WaitRow.ts';

export type TodayInterviewRow = {
  id: string;
  candidateId: string;
  candidateName: string;
  title: string;
  status: InterviewStatus;
  startsAt: string | null;
  durationMinutes: number | null;
};

export type UnsubmittedScorecardRow = {
  interviewId: string;
  candidateId: string;
  candidateName: string;
  title: string;
  endedAt: string | null;
};

type WaitRecordRow = {
  candidateId: string;
  candidateName: string;
  stageId: string;
  since: string | null;
  reason: 'interview' | 'stage' | null;
  interviewId: string | null;
  interviewTitle: string | null;
  dueOn: string | null;
  followUpId: string | null;
  followUpTitle: string | null;
};

const interviewColumns = `i.id, i.candidate_id AS candidateId, c.name AS candidateName, i.title, i.status,
  i.scheduled_at AS startsAt, i.duration_minutes AS durationMinutes`;
const waitColumns = `w.candidate_id AS candidateId, c.name AS candidateName, c.stage_id AS stageId, w.since, w.reason,
  w.interview_id AS interviewId, i.title AS interviewTitle, w.due_on AS dueOn, w.follow_up_id AS followUpId,
  f.title AS followUpTitle`;
const waitJoins = `JOIN candidates c ON c.id = w.candidate_id LEFT JOIN interviews i ON i.id = w.interview_id
  LEFT JOIN follow_ups f ON f.id = w.follow_up_id`;

/** The reads behind Today, each one walk of a partial index: nothing here grows with the whole database. */
export class TodayRepository {
  readonly #upcoming: Statement<[string, number], TodayInterviewRow>;
  readonly #running: Statement<[], TodayInterviewRow>;
  readonly #unsubmitted: Statement<[number], UnsubmittedScorecardRow>;
  readonly #bySince: Statement<[number], WaitRecordRow>;
  readonly #byDue: Statement<[string, number], WaitRecordRow>;
  readonly #countSince: Statement<[], number>;
  readonly #countDue: Statement<[string], number>;
  readonly #answerDays: Statement<[string], { endedAt: string; days: number }>;
  readonly #answeredCandidates: Statement<[string], { interviewed: number; answered: number }>;
  readonly #changes: Statement<[], number>;

  constructor(database: Database) {
    this.#upcoming = database.prepare(
      `SELECT ${interviewColumns} FROM interviews i INDEXED BY interviews_upcoming
       JOIN candidates c ON c.id = i.candidate_id
       WHERE i.status = 'planned' AND i.deleted_at IS NULL AND i.cancelled_at IS NULL AND i.scheduled_at IS NOT NULL
         AND i.scheduled_at >= ? AND c.deleted_at IS NULL
       ORDER BY i.scheduled_at LIMIT ?`,
    );
    this.#running = database.prepare(
      `SELECT ${interviewColumns} FROM interviews i INDEXED BY interviews_running
       JOIN candidates c ON c.id = i.candidate_id
       WHERE i.status = 'in_progress' AND i.deleted_at IS NULL AND c.deleted_at IS NULL
       ORDER BY i.started_at DESC LIMIT 10`,
    );
    this.#unsubmitted = database.prepare(
      `SELECT i.id AS interviewId, i.candidate_id AS candidateId, c.name AS candidateName, i.title,
         i.ended_at AS endedAt
       FROM scorecards s INDEXED BY scorecards_unsubmitted
       JOIN interviews i ON i.id = s.interview_id JOIN candidates c ON c.id = i.candidate_id
       WHERE s.submitted_at IS NULL AND i.status = 'done' AND i.deleted_at IS NULL AND c.deleted_at IS NULL
       ORDER BY i.ended_at DESC LIMIT ?`,
    );
    this.#bySince = database.prepare(
      `SELECT ${waitColumns} FROM candidate_waits w INDEXED BY candidate_waits_since ${waitJoins}
       WHERE w.since IS NOT NULL ORDER BY w.since, w.candidate_id LIMIT ?`,
    );
    this.#byDue = database.prepare(
      `SELECT ${waitColumns} FROM candidate_waits w INDEXED BY candidate_waits_due ${waitJoins}
       WHERE w.due_on IS NOT NULL AND w.due_on <= ? ORDER BY w.due_on, w.candidate_id LIMIT ?`,
    );
    this.#countSince = database
      .prepare<[], number>('SELECT count(*) FROM candidate_waits WHERE since IS NOT NULL')
      .pluck();
    this.#countDue = database
      .prepare<[string], number>(
        'SELECT count(*) FROM candidate_waits INDEXED BY candidate_waits_due WHERE due_on IS NOT NULL AND due_on <= ? AND since IS NULL',
      )
      .pluck();
    this.#answerDays = database.prepare(
      `SELECT ended_at AS endedAt, julianday(answered_at) - julianday(ended_at) AS days
       FROM interviews INDEXED BY interviews_ended
       WHERE status = 'done' AND deleted_at IS NULL AND ended_at >= ? AND answered_at IS NOT NULL`,
    );
    // A candidate heard back when contact followed their last interview in the window (SQLite's bare columns
    // take answered_at from the row with the latest ended_at).
    this.#answeredCandidates = database.prepare(
      `SELECT count(*) AS interviewed, coalesce(sum(answered_at IS NOT NULL), 0) AS answered FROM (
         SELECT candidate_id, max(ended_at), answered_at FROM interviews INDEXED BY interviews_ended
         WHERE status = 'done' AND deleted_at IS NULL AND ended_at >= ? GROUP BY candidate_id)`,
    );
    this.#changes = database.prepare<[], number>('SELECT total_changes()').pluck();
  }

  /** Rows written on this connection so far (triggers included): unchanged means nothing Today reads changed. */
  changeCount(): number {
    return this.#changes.get()!;
  }

  upcoming(from: string, limit: number): TodayInterviewRow[] {
    return this.#upcoming.all(from, limit);
  }

  running(): TodayInterviewRow[] {
    return this.#running.all();
  }

  unsubmittedScorecards(limit: number): UnsubmittedScorecardRow[] {
    return this.#unsubmitted.all(limit);
  }

  /** Unanswered interviews and stage changes, the longest-waiting first. */
  waitsBySince(limit: number): WaitRow[] {
    return this.#bySince.all(limit).map((row) => ({
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      stageId: row.stageId,
      reason: row.reason!,
      since: row.since!,
      about: row.reason === 'interview' ? row.interviewTitle : null,
      interviewId: row.interviewId,
      followUpId: null,
    }));
  }

  /** Follow-ups due by `today`, the longest overdue first. */
  waitsByDue(today: string, limit: number): WaitRow[] {
    return this.#byDue.all(today, limit).map((row) => ({
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      stageId: row.stageId,
      reason: 'follow_up' as const,
      dueOn: row.dueOn!,
      about: row.followUpTitle,
      interviewId: null,
      followUpId: row.followUpId,
    }));
  }

  /** Everyone waiting: each candidate once, whichever their reason. */
  waitingCount(today: string): number {
    return this.#countSince.get()! + this.#countDue.get(today)!;
  }

  /** Days from each interview's end to the first contact after it, over interviews that ended since `from`. */
  answerDays(from: string): { endedAt: string; days: number }[] {
    return this.#answerDays.all(from);
  }

  answeredCandidates(from: string): { interviewed: number; answered: number } {
    return this.#answeredCandidates.get(from)!;
  }
}
