import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { buildInterviewNote } from '../../../shared/notes/buildInterviewNote.ts';
import type { Interview } from '../../../shared/schemas/interview.ts';
import type { InterviewStatus } from '../../../shared/schemas/interviewStatus.ts';
import type { KitDefinition } from '../../../shared/schemas/kitDefinition.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import type { KitRepository } from './KitRepository.ts';
import type { NoteRepository } from './NoteRepository.ts';

type InterviewRow = {
  id: string;
  candidate_id: string;
  candidate_name: string;
  title: string;
  kit_id: string | null;
  kit_snapshot: string | null;
  status: InterviewStatus;
  scheduled_at: string | null;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  duration_minutes: number | null;
  call_connected_at: string | null;
  call_ended_at: string | null;
  cancelled_at: string | null;
  note_id: string;
  created_at: string;
  updated_at: string;
};

type CreateInput = ParsedInput<'interviews.create'>;
type UpdateChanges = ParsedInput<'interviews.update'>['changes'];

const select = `
  SELECT interviews.id, interviews.candidate_id, candidates.name AS candidate_name, interviews.title,
    interviews.kit_id, interviews.kit_snapshot, interviews.status, interviews.scheduled_at, interviews.started_at,
    interviews.ended_at, interviews.duration_seconds, interviews.duration_minutes, interviews.cancelled_at,
    interviews.call_connected_at, interviews.call_ended_at,
    (SELECT notes.id FROM notes WHERE notes.interview_id = interviews.id ORDER BY notes.seq LIMIT 1) AS note_id,
    interviews.created_at, interviews.updated_at
  FROM interviews JOIN candidates ON candidates.id = interviews.candidate_id`;

function secondsBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}

function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    title: row.title,
    kitId: row.kit_id,
    kit:
      row.kit_snapshot === null
        ? null
        : (JSON.parse(row.kit_snapshot) as { name: string; definition: KitDefinition }),
    status: row.status,
    scheduledAt: row.scheduled_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration_seconds,
    durationMinutes: row.duration_minutes,
    callConnectedAt: row.call_connected_at,
    callEndedAt: row.call_ended_at,
    callDurationSeconds: secondsBetween(row.call_connected_at, row.call_ended_at),
    cancelledAt: row.cancelled_at,
    noteId: row.note_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Interviews with a candidate. Creating one also creates its notes (from the kit) and an empty scorecard. */
export class InterviewRepository {
  readonly #database: Database;
  readonly #kits: KitRepository;
  readonly #notes: NoteRepository;
  readonly #selectById: Statement<[string], InterviewRow>;
  readonly #selectCallFacts: Statement<[string], { title: string; candidateName: string }>;

  constructor(database: Database, kits: KitRepository, notes: NoteRepository) {
    this.#database = database;
    this.#kits = kits;
    this.#notes = notes;
    this.#selectById = database.prepare(
      `${select} WHERE interviews.id = ? AND interviews.deleted_at IS NULL`,
    );
    this.#selectCallFacts = database.prepare(
      `SELECT interviews.title AS title, candidates.name AS candidateName
       FROM interviews JOIN candidates ON candidates.id = interviews.candidate_id
       WHERE interviews.id = ? AND interviews.deleted_at IS NULL`,
    );
  }

  get(id: string): Interview {
    const row = this.#selectById.get(id);
    if (!row) throw new NotFoundError('No interview has that id.');
    return toInterview(row);
  }

  /** What a call shows of its interview; lighter than `get`, which also finds the interview's note. */
  callFacts(id: string): { title: string; candidateName: string } {
    const facts = this.#selectCallFacts.get(id);
    if (!facts) throw new NotFoundError('That interview does not exist (or is in the Trash).');
    return facts;
  }

  list(input: ParsedInput<'interviews.list'>): { items: Interview[]; total: number } {
    const candidate = this.#database.prepare('SELECT id FROM candidates WHERE id = ?').get(input.candidateId);
    if (!candidate) throw new NotFoundError('No candidate has that id.');
    const items = this.#database
      .prepare<[string, number, number], InterviewRow>(
        `${select} WHERE interviews.candidate_id = ? AND interviews.deleted_at IS NULL
         ORDER BY coalesce(interviews.started_at, interviews.scheduled_at, interviews.created_at) DESC, interviews.seq DESC
         LIMIT ? OFFSET ?`,
      )
      .all(input.candidateId, input.limit, input.offset)
      .map(toInterview);
    const total = this.#database
      .prepare<[string], number>(
        'SELECT count(*) FROM interviews WHERE candidate_id = ? AND deleted_at IS NULL',
      )
      .pluck()
      .get(input.candidateId)!;
    return { items, total };
  }

  create(input: CreateInput, now = new Date().toISOString()): Interview {
    const id = newId();
    this.#database.transaction(() => {
      const candidate = this.#database
        .prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM candidates WHERE id = ?')
        .get(input.candidateId);
      if (!candidate) throw new NotFoundError('No candidate has that id.');
      if (candidate.deleted_at !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before planning an interview.');
      }
      let snapshot: { name: string; definition: KitDefinition } | null = null;
      if (input.kitId !== null) {
        const kit = this.#kits.get(input.kitId);
        if (kit.deletedAt !== null) {
          throw new InvalidValueError('That interview kit was deleted.', [
            { path: 'kitId', message: 'This kit was deleted' },
          ]);
        }
        snapshot = { name: kit.name, definition: kit.definition };
      }
      this.#database
        .prepare(
          `INSERT INTO interviews (id, candidate_id, title, kit_id, kit_snapshot, status, scheduled_at, created_at,
             updated_at)
           VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?)`,
        )
        .run(
          id,
          input.candidateId,
          input.title,
          input.kitId,
          snapshot === null ? null : JSON.stringify(snapshot),
          input.scheduledAt,
          now,
          now,
        );
      this.#notes.insert(
        {
          candidateId: input.candidateId,
          interviewId: id,
          document: buildInterviewNote(snapshot?.definition ?? null),
        },
        now,
      );
      this.#database
        .prepare('INSERT INTO scorecards (id, interview_id, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(newId(), id, now, now);
    })();
    return this.get(id);
  }

  update(id: string, changes: UpdateChanges, now = new Date().toISOString()): Interview {
    this.#database.transaction(() => {
      const current = this.get(id);
      this.#database
        .prepare('UPDATE interviews SET title = ?, scheduled_at = ?, updated_at = ? WHERE id = ?')
        .run(
          changes.title ?? current.title,
          changes.scheduledAt === undefined ? current.scheduledAt : changes.scheduledAt,
          now,
          id,
        );
      if (changes.status === 'in_progress') this.start(id, now);
      else if (changes.status === 'done') this.end(id, now);
      else if (changes.status === 'planned' && current.status !== 'planned') {
        throw new ConflictError('An interview that has started cannot go back to planned.');
      }
    })();
    return this.get(id);
  }

  start(id: string, now = new Date().toISOString()): Interview {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.status === 'in_progress') return;
      if (current.status === 'done') throw new ConflictError('This interview has already ended.');
      this.#database
        .prepare("UPDATE interviews SET status = 'in_progress', started_at = ?, updated_at = ? WHERE id = ?")
        .run(now, now, id);
    })();
    return this.get(id);
  }

  end(id: string, now = new Date().toISOString()): Interview {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.status === 'done') return;
      const duration = secondsBetween(current.startedAt, now);
      this.#database
        .prepare(
          "UPDATE interviews SET status = 'done', ended_at = ?, duration_seconds = ?, updated_at = ? WHERE id = ?",
        )
        .run(now, duration, now, id);
    })();
    return this.get(id);
  }

  /** The call connected: the interview starts (if planned) and the first connected time is kept. */
  callConnected(id: string, now = new Date().toISOString()): Interview {
    this.#database.transaction(() => {
      this.start(id, now);
      this.#database
        .prepare(
          'UPDATE interviews SET call_connected_at = ?, updated_at = ? WHERE id = ? AND call_connected_at IS NULL',
        )
        .run(now, now, id);
    })();
    return this.get(id);
  }

  /** The call ended: its end is kept (once, and only for a call that connected) and the interview ends. */
  callEnded(id: string, now = new Date().toISOString()): Interview {
    this.#database.transaction(() => {
      this.get(id);
      this.#database
        .prepare(
          `UPDATE interviews SET call_ended_at = ?, updated_at = ?
           WHERE id = ? AND call_connected_at IS NOT NULL AND call_ended_at IS NULL`,
        )
        .run(now, now, id);
      this.end(id, now);
    })();
    return this.get(id);
  }
}
