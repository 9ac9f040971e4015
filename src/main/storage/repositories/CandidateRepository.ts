import type { Database, Statement } from 'better-sqlite3';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';
import { newId } from '../newId.ts';

type CandidateRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  location: string | null;
  role: string | null;
  source: string | null;
  pronouns: string | null;
  consent_until: string | null;
  links: string;
  tags: string;
  stage_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type CreateInput = ParsedInput<'candidates.create'>;
type UpdateChanges = ParsedInput<'candidates.update'>['changes'];
type ListInput = ParsedInput<'candidates.list'>;

const columns = `id, name, email, phone, location, role, source, pronouns, consent_until, links, tags, stage_id,
  created_at, updated_at, deleted_at`;

const sortClauses: Record<ListInput['sort'], string> = {
  updated: 'last_activity_at DESC, seq DESC',
  created: 'seq DESC',
  name: 'name COLLATE NOCASE ASC, seq ASC',
  stage: '(SELECT position FROM stages WHERE stages.id = stage_id) ASC, last_activity_at DESC',
};

function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    location: row.location,
    role: row.role,
    source: row.source,
    pronouns: row.pronouns,
    consentUntil: row.consent_until,
    links: JSON.parse(row.links) as string[],
    tags: JSON.parse(row.tags) as string[],
    stageId: row.stage_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** All SQL about candidates. Statements are prepared once; every write runs in a transaction. */
export class CandidateRepository {
  readonly #database: Database;
  readonly #selectById: Statement<[string], CandidateRow>;
  readonly #stageExists: Statement<[string], { id: string }>;
  readonly #emailOwner: Statement<[string], { id: string }>;

  constructor(database: Database) {
    this.#database = database;
    this.#selectById = database.prepare(`SELECT ${columns} FROM candidates WHERE id = ?`);
    this.#stageExists = database.prepare('SELECT id FROM stages WHERE id = ?');
    this.#emailOwner = database.prepare('SELECT id FROM candidates WHERE email = ? AND deleted_at IS NULL');
  }

  get(id: string): Candidate {
    const row = this.#selectById.get(id);
    if (!row) throw new ApiFailure('not_found', 'No candidate has that id.');
    return toCandidate(row);
  }

  list(input: ListInput): { items: Candidate[]; total: number } {
    const where = [input.trashed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const parameters: Record<string, unknown> = { limit: input.limit, offset: input.offset };
    if (input.stageId !== undefined) {
      where.push('stage_id = @stageId');
      parameters.stageId = input.stageId;
    }
    const whereClause = where.join(' AND ');
    const rows = this.#database
      .prepare<Record<string, unknown>, CandidateRow>(
        `SELECT ${columns} FROM candidates WHERE ${whereClause} ORDER BY ${sortClauses[input.sort]}
         LIMIT @limit OFFSET @offset`,
      )
      .all(parameters);
    const { total } = this.#database
      .prepare<Record<string, unknown>, { total: number }>(
        `SELECT count(*) AS total FROM candidates WHERE ${whereClause}`,
      )
      .get(parameters)!;
    return { items: rows.map(toCandidate), total };
  }

  create(input: CreateInput, now = new Date().toISOString()): Candidate {
    const id = newId();
    const stageId = input.stageId ?? 'sourced';
    this.#database.transaction(() => {
      this.#assertStage(stageId);
      this.#assertEmailFree(input.email ?? null, null);
      this.#database
        .prepare(
          `INSERT INTO candidates (id, name, email, phone, location, role, source, pronouns, consent_until, links,
             tags, stage_id, created_at, updated_at, last_activity_at)
           VALUES (@id, @name, @email, @phone, @location, @role, @source, @pronouns, @consentUntil, @links, @tags,
             @stageId, @now, @now, @now)`,
        )
        .run({
          id,
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          location: input.location ?? null,
          role: input.role ?? null,
          source: input.source ?? null,
          pronouns: input.pronouns ?? null,
          consentUntil: input.consentUntil ?? null,
          links: JSON.stringify(input.links ?? []),
          tags: JSON.stringify(input.tags ?? []),
          stageId,
          now,
        });
      this.#recordStageChange(id, null, stageId, now);
    })();
    return this.get(id);
  }

  update(id: string, changes: UpdateChanges, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new ApiFailure('conflict', 'This candidate is in the Trash. Restore them before editing.');
      }
      if (changes.stageId !== undefined && changes.stageId !== current.stageId) {
        this.#assertStage(changes.stageId);
        this.#recordStageChange(id, current.stageId, changes.stageId, now);
      }
      if (changes.email !== undefined) this.#assertEmailFree(changes.email ?? null, id);
      const assignments: string[] = [];
      const parameters: Record<string, unknown> = { id, now };
      const columnOf: Record<string, string> = {
        name: 'name',
        email: 'email',
        phone: 'phone',
        location: 'location',
        role: 'role',
        source: 'source',
        pronouns: 'pronouns',
        consentUntil: 'consent_until',
        links: 'links',
        tags: 'tags',
        stageId: 'stage_id',
      };
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        const column = columnOf[key];
        if (!column) continue;
        assignments.push(`${column} = @${key}`);
        parameters[key] = Array.isArray(value) ? JSON.stringify(value) : value;
      }
      this.#database
        .prepare(
          `UPDATE candidates SET ${[...assignments, 'updated_at = @now', 'last_activity_at = @now'].join(', ')}
           WHERE id = @id`,
        )
        .run(parameters);
    })();
    return this.get(id);
  }

  trash(id: string, now = new Date().toISOString()): Candidate {
    const result = this.#database
      .prepare('UPDATE candidates SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now, now, id);
    if (result.changes === 0) this.get(id); // throws not_found; otherwise it was already in the Trash
    return this.get(id);
  }

  restore(id: string, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt === null) return;
      this.#assertEmailFree(current.email, id);
      this.#database.prepare('UPDATE candidates SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id);
    })();
    return this.get(id);
  }

  purge(id: string): void {
    const current = this.get(id);
    if (current.deletedAt === null) {
      throw new ApiFailure('conflict', 'Only a candidate in the Trash can be purged. Move them to the Trash first.');
    }
    // Interviews, notes and stage history go with the candidate (ON DELETE CASCADE); triggers clear the index.
    this.#database.prepare('DELETE FROM candidates WHERE id = ?').run(id);
  }

  #assertStage(stageId: string): void {
    if (!this.#stageExists.get(stageId)) {
      throw new ApiFailure('invalid_input', 'That pipeline stage does not exist.', [
        { path: 'stageId', message: 'Unknown stage' },
      ]);
    }
  }

  #assertEmailFree(email: string | null, exceptId: string | null): void {
    if (email === null) return;
    const owner = this.#emailOwner.get(email);
    if (owner && owner.id !== exceptId) {
      throw new ApiFailure('conflict', 'Another candidate already has this email address.', [
        { path: 'email', message: 'Another candidate already has this email address' },
      ]);
    }
  }

  #recordStageChange(candidateId: string, from: string | null, to: string, now: string): void {
    this.#database
      .prepare(
        `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, changed_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(newId(), candidateId, from, to, now);
  }
}
