import type { Database, Statement } from 'better-sqlite3';
import type { TouchpointKind } from '../../../shared/schemas/touchpointKind.ts';
import { newId } from '../newId.ts';

export type NewTouchpoint = {
  candidateId: string;
  kind: TouchpointKind;
  title: string;
  detail?: string | null;
  interviewId?: string | null;
};

/** Contact with a candidate, for the timeline; triggers take the candidate off "Waiting on you" with it. */
export class TouchpointRepository {
  readonly #insert: Statement<[string, string, string, string, string | null, string | null, string]>;

  constructor(database: Database) {
    this.#insert = database.prepare(
      `INSERT INTO touchpoints (id, candidate_id, kind, title, detail, interview_id, happened_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Call inside the transaction of the change it records. */
  record(touchpoint: NewTouchpoint, now: string): string {
    const id = newId();
    this.#insert.run(
      id,
      touchpoint.candidateId,
      touchpoint.kind,
      touchpoint.title,
      touchpoint.detail ?? null,
      touchpoint.interviewId ?? null,
      now,
    );
    return id;
  }
}
