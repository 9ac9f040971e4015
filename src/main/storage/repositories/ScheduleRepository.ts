import type { Database, Statement } from 'better-sqlite3';
import type { KitDefinition } from '../../../shared/schemas/kitDefinition.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import type { TouchpointRepository } from './TouchpointRepository.ts';

/** What an invitation needs to know about its interview. */
export type ScheduleFacts = {
  interviewId: string;
  candidateId: string;
  candidateName: string;
  candidateEmail: string | null;
  candidateTimeZone: string | null;
  title: string;
  status: 'planned' | 'in_progress' | 'done';
  startsAt: string | null;
  durationMinutes: number | null;
  timeZone: string | null;
  sequence: number;
  cancelledAt: string | null;
  agenda: string[];
};

export type StoredRoom = {
  serverUrl: string;
  roomId: string;
  hostToken: string;
  joinUrl: string;
  expiresAt: string;
};

type FactsRow = {
  interview_id: string;
  candidate_id: string;
  candidate_name: string;
  candidate_email: string | null;
  candidate_time_zone: string | null;
  title: string;
  status: ScheduleFacts['status'];
  scheduled_at: string | null;
  duration_minutes: number | null;
  time_zone: string | null;
  invite_sequence: number;
  cancelled_at: string | null;
  kit_snapshot: string | null;
};

type Time = { startsAt: string; durationMinutes: number; timeZone: string };

/** When interviews happen, the call rooms their invitations link to, and the touchpoints scheduling makes. */
export class ScheduleRepository {
  readonly #database: Database;
  readonly #touchpoints: TouchpointRepository;
  readonly #facts: Statement<[string], FactsRow>;
  readonly #room: Statement<[string], StoredRoom>;

  constructor(database: Database, touchpoints: TouchpointRepository) {
    this.#database = database;
    this.#touchpoints = touchpoints;
    this.#facts = database.prepare(
      `SELECT i.id AS interview_id, i.candidate_id, c.name AS candidate_name, c.email AS candidate_email,
         c.time_zone AS candidate_time_zone, i.title, i.status, i.scheduled_at, i.duration_minutes, i.time_zone,
         i.invite_sequence, i.cancelled_at, i.kit_snapshot
       FROM interviews i JOIN candidates c ON c.id = i.candidate_id
       WHERE i.id = ? AND i.deleted_at IS NULL`,
    );
    this.#room = database.prepare(
      `SELECT server_url AS serverUrl, room_id AS roomId, host_token AS hostToken, join_url AS joinUrl,
         expires_at AS expiresAt FROM interview_rooms WHERE interview_id = ?`,
    );
  }

  facts(interviewId: string): ScheduleFacts {
    const row = this.#facts.get(interviewId);
    if (!row) throw new NotFoundError('That interview does not exist (or is in the Trash).');
    const kit =
      row.kit_snapshot === null ? null : (JSON.parse(row.kit_snapshot) as { definition: KitDefinition });
    return {
      interviewId: row.interview_id,
      candidateId: row.candidate_id,
      candidateName: row.candidate_name,
      candidateEmail: row.candidate_email,
      candidateTimeZone: row.candidate_time_zone,
      title: row.title,
      status: row.status,
      startsAt: row.scheduled_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      sequence: row.invite_sequence,
      cancelledAt: row.cancelled_at,
      agenda: kit?.definition.sections.map((section) => section.title) ?? [],
    };
  }

  /** The first time it is an invitation; any later time is an update under the same UID, one SEQUENCE higher. */
  setTime(interviewId: string, time: Time, now: string): ScheduleFacts {
    this.#database.transaction(() => {
      const current = this.facts(interviewId);
      if (current.status !== 'planned')
        throw new ConflictError('This interview has started; it cannot be moved.');
      if (current.cancelledAt !== null) throw new ConflictError('This interview was cancelled.');
      const moving = current.startsAt !== null;
      this.#database
        .prepare(
          `UPDATE interviews SET scheduled_at = ?, duration_minutes = ?, time_zone = ?, invite_sequence = ?,
             updated_at = ? WHERE id = ?`,
        )
        .run(
          time.startsAt,
          time.durationMinutes,
          time.timeZone,
          current.sequence + (moving ? 1 : 0),
          now,
          interviewId,
        );
      this.#touchpoints.record(
        {
          candidateId: current.candidateId,
          kind: moving ? 'interview_rescheduled' : 'interview_scheduled',
          title: moving ? `Interview moved: ${current.title}` : `Interview scheduled: ${current.title}`,
          detail: time.startsAt,
          interviewId,
        },
        now,
      );
    })();
    return this.facts(interviewId);
  }

  cancel(interviewId: string, now: string): ScheduleFacts {
    this.#database.transaction(() => {
      const current = this.facts(interviewId);
      if (current.cancelledAt !== null) return;
      if (current.status !== 'planned')
        throw new ConflictError('This interview has started; it cannot be cancelled.');
      this.#database
        .prepare('UPDATE interviews SET cancelled_at = ?, invite_sequence = ?, updated_at = ? WHERE id = ?')
        .run(now, current.sequence + 1, now, interviewId);
      this.#touchpoints.record(
        {
          candidateId: current.candidateId,
          kind: 'interview_cancelled',
          title: `Interview cancelled: ${current.title}`,
          detail: current.startsAt,
          interviewId,
        },
        now,
      );
    })();
    return this.facts(interviewId);
  }

  room(interviewId: string): StoredRoom | null {
    return this.#room.get(interviewId) ?? null;
  }

  saveRoom(interviewId: string, room: StoredRoom, now: string): void {
    this.#database
      .prepare(
        `INSERT INTO interview_rooms (interview_id, server_url, room_id, host_token, join_url, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (interview_id) DO UPDATE SET server_url = excluded.server_url, room_id = excluded.room_id,
           host_token = excluded.host_token, join_url = excluded.join_url, expires_at = excluded.expires_at,
           created_at = excluded.created_at`,
      )
      .run(interviewId, room.serverUrl, room.roomId, room.hostToken, room.joinUrl, room.expiresAt, now);
  }
}
