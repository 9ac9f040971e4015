import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import type { KitDefinition } from '../../../shared/schemas/kitDefinition.ts';
import type { Rating } from '../../../shared/schemas/rating.ts';
import type { Scorecard } from '../../../shared/schemas/scorecard.ts';
import type { ScorecardRevision } from '../../../shared/schemas/scorecardRevision.ts';
import { findScorecardGaps } from '../../../shared/scorecards/findScorecardGaps.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

type ScorecardRow = {
  id: string;
  interview_id: string;
  ratings: string;
  rating_notes: string;
  recommendation: Rating | null;
  takeaways: string;
  private_note: string;
  revision: number;
  submitted_at: string | null;
  save_sequence: number;
  updated_at: string;
};

type RevisionRow = {
  revision: number;
  ratings: string;
  rating_notes: string;
  recommendation: Rating | null;
  takeaways: string;
  private_note: string;
  submitted_at: string;
};

type EvidenceRow = {
  attribute_id: string;
  text: string;
  question_id: string | null;
  question_text: string | null;
};

type SaveInput = ParsedInput<'scorecards.save'>;

const columns =
  'id, interview_id, ratings, rating_notes, recommendation, takeaways, private_note, revision, submitted_at, save_sequence, updated_at';

/** Ratings as stored: attribute ids in a stable order, so two saves of the same card compare equal as text. */
function ratingsJson(ratings: Record<string, string>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(ratings).sort(([first], [second]) => first.localeCompare(second))),
  );
}

/** Notes as stored: blank ones left out, so clearing a note and never writing one are the same card. */
function ratingNotesJson(notes: Record<string, string>): string {
  return ratingsJson(Object.fromEntries(Object.entries(notes).filter(([, note]) => note.trim() !== '')));
}

/**
 * One scorecard per interview. Saves carry a sequence number like notes do. Submitting locks the current
 * revision and copies it to scorecard_revisions; a later edit opens the next revision as a draft.
 */
export class ScorecardRepository {
  readonly #database: Database;
  readonly #selectByInterview: Statement<[string], ScorecardRow>;
  readonly #selectEvidence: Statement<[string], EvidenceRow>;
  readonly #selectKit: Statement<[string], string | null>;

  constructor(database: Database) {
    this.#database = database;
    this.#selectByInterview = database.prepare(
      `SELECT ${columns} FROM scorecards
       WHERE interview_id = ? AND interview_id IN (SELECT id FROM interviews WHERE deleted_at IS NULL)`,
    );
    this.#selectKit = database
      .prepare<[string], string | null>('SELECT kit_snapshot FROM interviews WHERE id = ?')
      .pluck();
    this.#selectEvidence = database.prepare(
      `SELECT note_evidence.attribute_id, note_evidence.text, note_evidence.question_id, note_evidence.question_text
       FROM note_evidence JOIN notes ON notes.id = note_evidence.note_id
       WHERE notes.interview_id = ? AND notes.deleted_at IS NULL
       ORDER BY notes.seq, note_evidence.position`,
    );
  }

  get(interviewId: string): Scorecard {
    const row = this.#row(interviewId);
    return {
      interviewId: row.interview_id,
      ratings: JSON.parse(row.ratings) as Record<string, Rating>,
      ratingNotes: JSON.parse(row.rating_notes) as Record<string, string>,
      recommendation: row.recommendation,
      takeaways: row.takeaways,
      privateNote: row.private_note,
      revision: row.revision,
      submittedAt: row.submitted_at,
      sequence: row.save_sequence,
      updatedAt: row.updated_at,
      evidence: this.#selectEvidence.all(interviewId).map((evidence) => ({
        attributeId: evidence.attribute_id,
        text: evidence.text,
        questionId: evidence.question_id,
        questionText: evidence.question_text,
      })),
    };
  }

  save(input: SaveInput, now = new Date().toISOString()): Scorecard {
    this.#database
      .transaction(() => {
        const row = this.#row(input.interviewId);
        // Stale: a newer save is already stored. The card comes back as stored, under its own (higher) sequence.
        if (input.sequence !== undefined && input.sequence < row.save_sequence) return;
        const sequence = input.sequence ?? row.save_sequence;
        const storedRatings = ratingsJson(JSON.parse(row.ratings) as Record<string, Rating>);
        const storedNotes = ratingNotesJson(JSON.parse(row.rating_notes) as Record<string, string>);
        const next = {
          ratings: input.ratings === undefined ? storedRatings : ratingsJson(input.ratings),
          ratingNotes: input.ratingNotes === undefined ? storedNotes : ratingNotesJson(input.ratingNotes),
          recommendation: input.recommendation === undefined ? row.recommendation : input.recommendation,
          takeaways: input.takeaways ?? row.takeaways,
          privateNote: input.privateNote ?? row.private_note,
        };
        const unchanged =
          next.ratings === storedRatings &&
          next.ratingNotes === storedNotes &&
          next.recommendation === row.recommendation &&
          next.takeaways === row.takeaways &&
          next.privateNote === row.private_note;
        if (input.sequence !== undefined && input.sequence === row.save_sequence) {
          // A retry of the save already stored (its reply was lost) succeeds; a different card is a second writer.
          if (unchanged) return;
          throw new ConflictError(
            'This scorecard was changed in another window. Reload it to see the latest.',
          );
        }
        if (unchanged) {
          this.#database
            .prepare('UPDATE scorecards SET save_sequence = ? WHERE id = ?')
            .run(sequence, row.id);
          return;
        }
        // An edit to a submitted card is the next revision; the submitted one stays in scorecard_revisions.
        const revision = row.submitted_at === null ? row.revision : row.revision + 1;
        this.#database
          .prepare(
            `UPDATE scorecards SET ratings = ?, rating_notes = ?, recommendation = ?, takeaways = ?, private_note = ?,
             revision = ?, submitted_at = NULL, save_sequence = ?, updated_at = ?
           WHERE id = ?`,
          )
          .run(
            next.ratings,
            next.ratingNotes,
            next.recommendation,
            next.takeaways,
            next.privateNote,
            revision,
            sequence,
            now,
            row.id,
          );
      })
      .immediate();
    return this.get(input.interviewId);
  }

  submit(interviewId: string, now = new Date().toISOString()): Scorecard {
    this.#database
      .transaction(() => {
        const row = this.#row(interviewId);
        if (row.submitted_at !== null) return;
        const gaps = findScorecardGaps(this.#kitOf(interviewId), {
          ratings: JSON.parse(row.ratings) as Record<string, Rating>,
          ratingNotes: JSON.parse(row.rating_notes) as Record<string, string>,
          recommendation: row.recommendation,
        });
        if (gaps.length > 0) {
          throw new InvalidValueError(
            `The scorecard is not complete: ${gaps.map((gap) => gap.message).join('; ')}.`,
            gaps.map((gap) => ({
              path: gap.kind === 'recommendation' ? 'recommendation' : `ratings.${gap.attributeId}`,
              message: gap.message,
            })),
          );
        }
        this.#database
          .prepare('UPDATE scorecards SET submitted_at = ?, updated_at = ? WHERE id = ?')
          .run(now, now, row.id);
        this.#database
          .prepare(
            `INSERT INTO scorecard_revisions (scorecard_id, revision, ratings, rating_notes, recommendation, takeaways,
             private_note, submitted_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            row.id,
            row.revision,
            row.ratings,
            row.rating_notes,
            row.recommendation,
            row.takeaways,
            row.private_note,
            now,
          );
      })
      .immediate();
    return this.get(interviewId);
  }

  /** "Edit submitted scorecard": the card becomes the next revision's draft; the submitted copy stays as it was. */
  reopen(interviewId: string, now = new Date().toISOString()): Scorecard {
    this.#database
      .transaction(() => {
        const row = this.#row(interviewId);
        if (row.submitted_at === null) return;
        this.#database
          .prepare('UPDATE scorecards SET revision = ?, submitted_at = NULL, updated_at = ? WHERE id = ?')
          .run(row.revision + 1, now, row.id);
      })
      .immediate();
    return this.get(interviewId);
  }

  revisions(interviewId: string): ScorecardRevision[] {
    const row = this.#row(interviewId);
    return this.#database
      .prepare<[string], RevisionRow>(
        `SELECT revision, ratings, rating_notes, recommendation, takeaways, private_note, submitted_at
         FROM scorecard_revisions WHERE scorecard_id = ? ORDER BY revision DESC`,
      )
      .all(row.id)
      .map((revision) => ({
        revision: revision.revision,
        ratings: JSON.parse(revision.ratings) as Record<string, Rating>,
        ratingNotes: JSON.parse(revision.rating_notes) as Record<string, string>,
        recommendation: revision.recommendation,
        takeaways: revision.takeaways,
        privateNote: revision.private_note,
        submittedAt: revision.submitted_at,
      }));
  }

  /** The kit as the interview started from it (what its card is scored against); null for a blank interview. */
  #kitOf(interviewId: string): KitDefinition | null {
    const snapshot = this.#selectKit.get(interviewId);
    return snapshot ? (JSON.parse(snapshot) as { definition: KitDefinition }).definition : null;
  }

  #row(interviewId: string): ScorecardRow {
    const row = this.#selectByInterview.get(interviewId);
    if (!row) throw new NotFoundError('No interview has that id.');
    return row;
  }
}
