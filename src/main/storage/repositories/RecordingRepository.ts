import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SpeechSegments } from '../../../shared/schemas/speechSegments.ts';
import { ConflictError } from '../errors/ConflictError.ts';

export type RecordingRow = {
  interview_id: string;
  consent: 'accepted' | 'declined';
  state: 'none' | 'recording' | 'ready' | 'deleted';
  file_name: string | null;
  started_at: string | null;
  call_offset_ms: number;
  duration_ms: number;
  size_bytes: number;
  chunk_count: number;
  speech: string;
  deleted_at: string | null;
  deleted_reason: 'manual' | 'retention' | null;
};

/** A finished recording as "Export everything" names it: whose interview, and how large. */
export type ExportableRecording = { interview_id: string; candidate_name: string; size_bytes: number };

const columns = `interview_id, consent, state, file_name, started_at, call_offset_ms, duration_ms, size_bytes,
  chunk_count, speech, deleted_at, deleted_reason`;

/** One recording row per interview: consent, progress while chunks arrive, and what became of the file. */
export class RecordingRepository {
  readonly #database: Database;

  constructor(database: Database) {
    this.#database = database;
  }

  get(interviewId: string): RecordingRow | null {
    return (
      this.#database
        .prepare<[string], RecordingRow>(`SELECT ${columns} FROM recordings WHERE interview_id = ?`)
        .get(interviewId) ?? null
    );
  }

  /** A new recording; only where there is none, or the last one was declined or deleted. */
  begin(
    interviewId: string,
    values: { fileName: string; startedAt: string; callOffsetMs: number },
    now: string,
  ): RecordingRow {
    return this.#database.transaction(() => {
      const existing = this.get(interviewId);
      if (existing && (existing.state === 'recording' || existing.state === 'ready'))
        throw new ConflictError('This interview already has a recording. Delete it before recording again.');
      this.#database
        .prepare(
          `INSERT INTO recordings (interview_id, consent, state, file_name, started_at, call_offset_ms, created_at, updated_at)
           VALUES (?, 'accepted', 'recording', ?, ?, ?, ?, ?)
           ON CONFLICT (interview_id) DO UPDATE SET consent = 'accepted', state = 'recording',
             file_name = excluded.file_name, started_at = excluded.started_at,
             call_offset_ms = excluded.call_offset_ms, duration_ms = 0, size_bytes = 0, chunk_count = 0,
             speech = '{"recruiter":[],"candidate":[]}', deleted_at = NULL, deleted_reason = NULL,
             updated_at = excluded.updated_at`,
        )
        .run(interviewId, values.fileName, values.startedAt, values.callOffsetMs, now, now);
      return this.get(interviewId)!;
    })();
  }

  /** The candidate said no: kept so the interview can say so. A recording made earlier is left alone. */
  declined(interviewId: string, now: string): RecordingRow {
    this.#database
      .prepare(
        `INSERT INTO recordings (interview_id, consent, state, created_at, updated_at)
         VALUES (?, 'declined', 'none', ?, ?)
         ON CONFLICT (interview_id) DO UPDATE SET consent = 'declined', state = 'none', file_name = NULL,
           updated_at = excluded.updated_at
         WHERE recordings.state IN ('none', 'deleted')`,
      )
      .run(interviewId, now, now);
    return this.get(interviewId)!;
  }

  chunkAppended(
    interviewId: string,
    values: { chunkCount: number; sizeBytes: number; durationMs: number },
    now: string,
  ): void {
    this.#database
      .prepare(
        `UPDATE recordings SET chunk_count = ?, size_bytes = ?, duration_ms = max(duration_ms, ?), updated_at = ?
         WHERE interview_id = ?`,
      )
      .run(values.chunkCount, values.sizeBytes, values.durationMs, now, interviewId);
  }

  finished(
    interviewId: string,
    values: { durationMs: number; sizeBytes: number; speech: SpeechSegments | null },
    now: string,
  ): RecordingRow {
    this.#database
      .prepare(
        `UPDATE recordings SET state = 'ready', duration_ms = ?, size_bytes = ?, speech = coalesce(?, speech),
           updated_at = ?
         WHERE interview_id = ?`,
      )
      .run(
        values.durationMs,
        values.sizeBytes,
        values.speech ? JSON.stringify(values.speech) : null,
        now,
        interviewId,
      );
    return this.get(interviewId)!;
  }

  markDeleted(interviewId: string, reason: 'manual' | 'retention', now: string): RecordingRow {
    this.#database
      .prepare(
        `UPDATE recordings SET state = 'deleted', deleted_at = ?, deleted_reason = ?, updated_at = ?
         WHERE interview_id = ?`,
      )
      .run(now, reason, now, interviewId);
    return this.get(interviewId)!;
  }

  /** Still "recording": after a crash these are the ones cut off. */
  unfinished(): RecordingRow[] {
    return this.#database
      .prepare<[], RecordingRow>(`SELECT ${columns} FROM recordings WHERE state = 'recording'`)
      .all();
  }

  /**
   * Finished recordings whose file is kept, with their candidate's name, for "Export everything". Trashed
   * candidates' too: the export answers data-subject requests. One still being recorded is left out.
   */
  exportable(): ExportableRecording[] {
    return this.#database
      .prepare<[], ExportableRecording>(
        `SELECT recordings.interview_id, candidates.name AS candidate_name, recordings.size_bytes
         FROM recordings
         JOIN interviews ON interviews.id = recordings.interview_id
         JOIN candidates ON candidates.id = interviews.candidate_id
         WHERE recordings.state = 'ready'
         ORDER BY recordings.started_at, recordings.interview_id`,
      )
      .all();
  }

  /** How many recordings are kept and their bytes, for the "Include recordings" line. */
  totals(): { count: number; sizeBytes: number } {
    return this.#database
      .prepare<[], { count: number; sizeBytes: number }>(
        `SELECT count(*) AS count, coalesce(sum(size_bytes), 0) AS sizeBytes FROM recordings WHERE state = 'ready'`,
      )
      .get()!;
  }

  /** Files kept that were started before `cutoff` (ISO 8601). */
  startedBefore(cutoff: string): RecordingRow[] {
    return this.#database
      .prepare<[string], RecordingRow>(
        `SELECT ${columns} FROM recordings WHERE state IN ('recording', 'ready') AND started_at < ?`,
      )
      .all(cutoff);
  }
}
