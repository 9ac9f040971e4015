import type { Database, Statement } from 'better-sqlite3';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import { planCandidateList } from './planCandidateList.ts';

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
const prefixedColumns = columns
  .split(',')
  .map((column) => `c.${column.trim()}`)
  .join(', ');

// Each order ends in a unique key the same index can serve, so a tie (a whole import shares one timestamp)
// never forces a sort of every tied row.
const sortClauses: Record<ListInput['sort'], string> = {
  updated: 'c.last_activity_at DESC, c.seq ASC',
  created: 'c.seq DESC',
  name: 'c.name COLLATE NOCASE ASC, c.seq ASC',
  stage: 's.position ASC, c.last_activity_at DESC, c.seq ASC',
};

const facetLimit = 500;

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
  /** List queries differ only by which filters are set: a few dozen shapes, each prepared once. */
  readonly #statements = new Map<string, Statement<Record<string, unknown>, unknown>>();

  constructor(database: Database) {
    this.#database = database;
    this.#selectById = database.prepare(`SELECT ${columns} FROM candidates WHERE id = ?`);
    this.#stageExists = database.prepare('SELECT id FROM stages WHERE id = ?');
    this.#emailOwner = database.prepare('SELECT id FROM candidates WHERE email = ? AND deleted_at IS NULL');
  }

  get(id: string): Candidate {
    const row = this.#selectById.get(id);
    if (!row) throw new NotFoundError('No candidate has that id.');
    return toCandidate(row);
  }

  /** Several candidates at once, by seq and/or id, in one query; unknown ones are simply absent. */
  getMany(
    seqs: readonly number[],
    ids: readonly string[],
  ): {
    bySeq: Map<number, { seq: number; candidate: Candidate }>;
    byId: Map<string, { seq: number; candidate: Candidate }>;
  } {
    const rows = this.#statement<CandidateRow & { seq: number }>(
      `SELECT c.seq, ${prefixedColumns} FROM candidates c
       WHERE c.seq IN (SELECT value FROM json_each(@seqs)) OR c.id IN (SELECT value FROM json_each(@ids))`,
    ).all({ seqs: JSON.stringify(seqs), ids: JSON.stringify(ids) });
    const bySeq = new Map<number, { seq: number; candidate: Candidate }>();
    const byId = new Map<string, { seq: number; candidate: Candidate }>();
    for (const row of rows) {
      const entry = { seq: row.seq, candidate: toCandidate(row) };
      bySeq.set(row.seq, entry);
      byId.set(entry.candidate.id, entry);
    }
    return { bySeq, byId };
  }

  list(input: ListInput): { items: Candidate[]; total: number } {
    const parameters: Record<string, unknown> = {
      stageId: input.stageId,
      role: input.role,
      source: input.source,
      tag: input.tag,
      limit: input.limit,
      offset: input.offset,
    };
    for (const key of Object.keys(parameters)) if (parameters[key] === undefined) delete parameters[key];
    const countOf = (filters: Partial<Record<'stageId' | 'role' | 'source' | 'tag', string>>, deleted = 0) =>
      this.#statement<{ total: number }>(
        `SELECT coalesce(sum(count), 0) AS total FROM candidate_counts WHERE tag = @tag AND deleted = ${deleted}
         ${filters.stageId === undefined ? '' : 'AND stage_id = @stageId'}
         ${filters.role === undefined ? '' : 'AND role = @role'}
         ${filters.source === undefined ? '' : 'AND source = @source'}`,
      ).get({ ...filters, tag: filters.tag ?? '' })!.total;

    if (input.trashed) {
      // The Trash is small: plain SQL, sorted by SQLite.
      const { stageId, role, source, tag } = input;
      const where = ['c.deleted_at IS NOT NULL'];
      if (stageId !== undefined) where.push('c.stage_id = @stageId');
      if (role !== undefined) where.push('c.role = @role COLLATE NOCASE');
      if (source !== undefined) where.push('c.source = @source COLLATE NOCASE');
      if (tag !== undefined)
        where.push('c.seq IN (SELECT candidate_seq FROM candidate_tags WHERE tag = @tag)');
      const from =
        input.sort === 'stage' ? 'stages s CROSS JOIN candidates c ON c.stage_id = s.id' : 'candidates c';
      const rows = this.#statement<CandidateRow>(
        `SELECT ${prefixedColumns} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${sortClauses[input.sort]}
         LIMIT @limit OFFSET @offset`,
      ).all(parameters);
      return { items: rows.map(toCandidate), total: countOf({ stageId, role, source, tag }, 1) };
    }

    const plan = planCandidateList(input, prefixedColumns, (filters) => countOf(filters));
    if (plan.total === 0 || input.offset >= plan.total) return { items: [], total: plan.total };
    const rows = this.#statement<CandidateRow>(plan.sql).all(parameters);
    return { items: rows.map(toCandidate), total: plan.total };
  }

  /** Read from candidate_counts, so it costs a few hundred rows at most, not a scan of every candidate. */
  facets(): Record<'roles' | 'sources' | 'tags', Array<{ value: string; count: number }>> {
    const byColumn = (column: 'role' | 'source' | 'tag') =>
      this.#statement<{ value: string; count: number }>(
        `SELECT ${column} AS value, sum(count) AS count FROM candidate_counts
         WHERE deleted = 0 AND ${column === 'tag' ? "tag <> ''" : `tag = '' AND ${column} <> ''`}
         GROUP BY ${column} ORDER BY count DESC, value COLLATE NOCASE LIMIT ${facetLimit}`,
      ).all({});
    return { roles: byColumn('role'), sources: byColumn('source'), tags: byColumn('tag') };
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

  /**
   * Candidates already validated and deduplicated (an import), all in one transaction: two prepared statements
   * per row and nothing else, so 100k rows stay close to raw insert speed.
   */
  insertMany(candidates: readonly CreateInput[], now: string): void {
    const insert = this.#database.prepare(
      `INSERT INTO candidates (id, name, email, phone, location, role, source, pronouns, consent_until, links, tags,
         stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const recordStage = this.#database.prepare(
      `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, reason, changed_at)
       VALUES (?, ?, NULL, ?, NULL, ?)`,
    );
    this.#database
      .transaction(() => {
        for (const candidate of candidates) {
          const id = newId();
          const stageId = candidate.stageId ?? 'sourced';
          insert.run(
            id,
            candidate.name,
            candidate.email ?? null,
            candidate.phone ?? null,
            candidate.location ?? null,
            candidate.role ?? null,
            candidate.source ?? null,
            candidate.pronouns ?? null,
            candidate.consentUntil ?? null,
            JSON.stringify(candidate.links ?? []),
            JSON.stringify(candidate.tags ?? []),
            stageId,
            now,
            now,
            now,
          );
          recordStage.run(newId(), id, stageId, now);
        }
      })
      .immediate();
    // Large imports shift the data a lot; refresh the planner's statistics so list queries keep their indexes.
    if (candidates.length >= 1000) this.#database.pragma('optimize');
  }

  /** The live candidate who has this email, if any. */
  emailOwner(email: string): string | null {
    return this.#emailOwner.get(email)?.id ?? null;
  }

  update(id: string, changes: UpdateChanges, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before editing.');
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

  /** A stage change with an optional reason; choosing the current stage again only updates the reason. */
  setStage(id: string, stageId: string, reason: string | null, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before editing.');
      }
      this.#assertStage(stageId);
      if (stageId === current.stageId) {
        this.#database
          .prepare(
            `UPDATE stage_changes SET reason = ? WHERE seq =
               (SELECT max(seq) FROM stage_changes WHERE candidate_id = ? AND to_stage_id = ?)`,
          )
          .run(reason, id, stageId);
        return;
      }
      this.#recordStageChange(id, current.stageId, stageId, now, reason);
      this.#database
        .prepare('UPDATE candidates SET stage_id = ?, updated_at = ?, last_activity_at = ? WHERE id = ?')
        .run(stageId, now, now, id);
    })();
    return this.get(id);
  }

  trash(id: string, now = new Date().toISOString()): Candidate {
    const result = this.#database
      .prepare('UPDATE candidates SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now, now, id);
    if (result.changes === 0) this.get(id); // throws NotFoundError; otherwise it was already in the Trash
    return this.get(id);
  }

  restore(id: string, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt === null) return;
      this.#assertEmailFree(current.email, id);
      this.#database
        .prepare('UPDATE candidates SET deleted_at = NULL, updated_at = ? WHERE id = ?')
        .run(now, id);
    })();
    return this.get(id);
  }

  purge(id: string): void {
    const current = this.get(id);
    if (current.deletedAt === null) {
      throw new ConflictError('Only a candidate in the Trash can be purged. Move them to the Trash first.');
    }
    // Interviews, notes and stage history go with the candidate (ON DELETE CASCADE); triggers clear the index.
    this.#database.prepare('DELETE FROM candidates WHERE id = ?').run(id);
  }

  #assertStage(stageId: string): void {
    if (!this.#stageExists.get(stageId)) {
      throw new InvalidValueError('That pipeline stage does not exist.', [
        { path: 'stageId', message: 'Unknown stage' },
      ]);
    }
  }

  #assertEmailFree(email: string | null, exceptId: string | null): void {
    if (email === null) return;
    const owner = this.#emailOwner.get(email);
    if (owner && owner.id !== exceptId) {
      throw new ConflictError('Another candidate already has this email address.', [
        { path: 'email', message: 'Another candidate already has this email address' },
      ]);
    }
  }

  #recordStageChange(
    candidateId: string,
    from: string | null,
    to: string,
    now: string,
    reason: string | null = null,
  ): void {
    this.#database
      .prepare(
        `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, reason, changed_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(newId(), candidateId, from, to, reason, now);
  }

  #statement<Row>(sql: string): Statement<Record<string, unknown>, Row> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement as Statement<Record<string, unknown>, Row>;
  }
}
