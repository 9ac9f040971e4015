import type { Database, Statement } from 'better-sqlite3';
import { noteDocumentText } from '../../../shared/notes/noteDocumentText.ts';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import type { Feedback } from '../../../shared/schemas/feedback.ts';
import type { FeedbackDecision } from '../../../shared/schemas/feedbackDecision.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import type { TouchpointRepository } from './TouchpointRepository.ts';

type FeedbackRow = {
  id: string;
  candidate_id: string;
  candidate_name: string;
  candidate_email: string | null;
  interview_id: string | null;
  interview_title: string | null;
  decision: FeedbackDecision;
  subject: string;
  document: string;
  text: string;
  specifics: string;
  save_sequence: number;
  sent_at: string | null;
  updated_at: string;
};

const select = `SELECT f.id, f.candidate_id, c.name AS candidate_name, c.email AS candidate_email, f.interview_id,
  i.title AS interview_title, f.decision, f.subject, f.document, f.text, f.specifics, f.save_sequence, f.sent_at,
  f.updated_at
  FROM feedback f JOIN candidates c ON c.id = f.candidate_id LEFT JOIN interviews i ON i.id = f.interview_id`;

function toFeedback(row: FeedbackRow): Feedback {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    candidateEmail: row.candidate_email,
    interviewId: row.interview_id,
    interviewTitle: row.interview_title,
    decision: row.decision,
    subject: row.subject,
    document: JSON.parse(row.document) as NoteDocument,
    text: row.text,
    specifics: JSON.parse(row.specifics) as string[],
    sequence: row.save_sequence,
    sentAt: row.sent_at,
    updatedAt: row.updated_at,
  };
}

export type NewFeedback = {
  candidateId: string;
  interviewId: string | null;
  decision: FeedbackDecision;
  subject: string;
  document: NoteDocument;
  specifics: string[];
};

/** Feedback drafts: one per interview (or per candidate, with none), autosaved with sequences like notes. */
export class FeedbackRepository {
  readonly #database: Database;
  readonly #touchpoints: TouchpointRepository;
  readonly #byId: Statement<[string], FeedbackRow>;
  readonly #byInterview: Statement<[string], FeedbackRow>;
  readonly #latestForCandidate: Statement<[string], FeedbackRow>;

  constructor(database: Database, touchpoints: TouchpointRepository) {
    this.#database = database;
    this.#touchpoints = touchpoints;
    this.#byId = database.prepare(`${select} WHERE f.id = ?`);
    this.#byInterview = database.prepare(`${select} WHERE f.interview_id = ?`);
    this.#latestForCandidate = database.prepare(
      `${select} WHERE f.candidate_id = ? ORDER BY f.seq DESC LIMIT 1`,
    );
  }

  get(id: string): Feedback {
    const row = this.#byId.get(id);
    if (!row) throw new NotFoundError('No feedback has that id.');
    return toFeedback(row);
  }

  forInterview(interviewId: string): Feedback | null {
    const row = this.#byInterview.get(interviewId);
    return row ? toFeedback(row) : null;
  }

  latestForCandidate(candidateId: string): Feedback | null {
    const row = this.#latestForCandidate.get(candidateId);
    return row ? toFeedback(row) : null;
  }

  create(input: NewFeedback, now: string): Feedback {
    const id = newId();
    this.#database
      .prepare(
        `INSERT INTO feedback (id, candidate_id, interview_id, decision, subject, document, text, specifics, created_at,
           updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.candidateId,
        input.interviewId,
        input.decision,
        input.subject,
        JSON.stringify(input.document),
        noteDocumentText(input.document),
        JSON.stringify(input.specifics),
        now,
        now,
      );
    return this.get(id);
  }

  /** A redraft (the decision changed): a new document, under a sequence past every save so far. */
  replace(id: string, draft: Omit<NewFeedback, 'candidateId' | 'interviewId'>, now: string): Feedback {
    this.#database.transaction(() => {
      const current = this.#assertDraft(id);
      this.#database
        .prepare(
          `UPDATE feedback SET decision = ?, subject = ?, document = ?, text = ?, specifics = ?, save_sequence = ?,
             updated_at = ? WHERE id = ?`,
        )
        .run(
          draft.decision,
          draft.subject,
          JSON.stringify(draft.document),
          noteDocumentText(draft.document),
          JSON.stringify(draft.specifics),
          current.sequence + 1,
          now,
          id,
        );
    })();
    return this.get(id);
  }

  save(
    input: {
      id: string;
      document: NoteDocument;
      sequence?: number | undefined;
      subject?: string | undefined;
    },
    now: string,
  ): { id: string; sequence: number; applied: boolean; updatedAt: string } {
    return this.#database
      .transaction(() => {
        const current = this.#assertDraft(input.id);
        const json = JSON.stringify(input.document);
        const stored = this.#byId.get(input.id)!;
        const unchanged = json === stored.document && (input.subject ?? stored.subject) === stored.subject;
        if (input.sequence !== undefined && input.sequence < current.sequence) {
          return { id: input.id, sequence: current.sequence, applied: false, updatedAt: current.updatedAt };
        }
        if (input.sequence !== undefined && input.sequence === current.sequence && current.sequence > 0) {
          if (unchanged)
            return { id: input.id, sequence: current.sequence, applied: true, updatedAt: current.updatedAt };
          throw new ConflictError(
            'This feedback was changed in another window. Reload it to see the latest.',
          );
        }
        const sequence = input.sequence ?? current.sequence;
        this.#database
          .prepare(
            'UPDATE feedback SET document = ?, text = ?, subject = ?, save_sequence = ?, updated_at = ? WHERE id = ?',
          )
          .run(
            json,
            noteDocumentText(input.document),
            input.subject ?? stored.subject,
            sequence,
            now,
            input.id,
          );
        return { id: input.id, sequence, applied: true, updatedAt: now };
      })
      .immediate();
  }

  /** Sent: a "Feedback sent" touchpoint on the timeline, which takes the candidate off "Waiting on you". */
  markSent(id: string, now: string): Feedback {
    this.#database
      .transaction(() => {
        const current = this.get(id);
        if (current.sentAt !== null) return;
        this.#database
          .prepare('UPDATE feedback SET sent_at = ?, updated_at = ? WHERE id = ?')
          .run(now, now, id);
        this.#touchpoints.record(
          {
            candidateId: current.candidateId,
            kind: 'feedback_sent',
            title: 'Feedback sent',
            detail: current.text.slice(0, 2000),
            interviewId: current.interviewId,
          },
          now,
        );
      })
      .immediate();
    return this.get(id);
  }

  #assertDraft(id: string): Feedback {
    const current = this.get(id);
    if (current.sentAt !== null)
      throw new ConflictError('This feedback was sent already; it can no longer change.');
    return current;
  }
}
