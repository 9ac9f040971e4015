import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import { candidateColumns } from './candidateColumns.ts';
import type { CandidateRow } from './CandidateRow.ts';
import { planCandidateList } from './planCandidateList.ts';
import { toCandidate } from './toCandidate.ts';

type CreateInput = ParsedInput<'candidates.create'>;
type UpdateChanges = ParsedInput<'candidates.update'>['changes'];
type ListInput = ParsedInput<'candidates.list'>;
type ListFilters = Omit<ListInput, 'offset' | 'limit'>;

// Each order ends in a unique key the same index can serve, so a tie (a whole import shares one timestamp)
// never forces a sort of every tied row.
const sortClauses: Record<ListInput['sort'], string> = {
  updated: 'c.last_activity_at DESC, c.seq ASC',
  created: 'c.seq DESC',
  name: 'c.name COLLATE NOCASE ASC, c.seq ASC',
  stage: 's.position ASC, c.last_activity_at DESC, c.seq ASC',
};

const facetLimit = 500;

/** The filters that are set, as named parameters; a name filter becomes a LIKE pattern with its wildcards escaped. */
function parametersOf(filters: ListFilters): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const key of ['stageId', 'role', 'source', 'tag'] as const)
    if (filters[key] !== undefined) parameters[key] = filters[key];
  if (filters.name !== undefined)
    parameters.name = `%${filters.name.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return parameters;
}

/** The list as one plain query that SQLite plans itself: for the Trash, a name filter and exports. */
function plainQuery(filters: ListFilters): { from: string; where: string; order: string } {
  const where = [filters.trashed ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
  if (filters.stageId !== undefined) where.push('c.stage_id = @stageId');
  if (filters.role !== undefined) where.push('c.role = @role COLLATE NOCASE');
  if (filters.source !== undefined) where.push('c.source = @source COLLATE NOCASE');
  if (filters.tag !== undefined)
    where.push('c.seq IN (SELECT candidate_seq FROM candidate_tags WHERE tag = @tag)');
  // LIKE ignores case for ASCII letters; SQLite has no Unicode case folding built in.
  if (filters.name !== undefined) where.push("c.name LIKE @name ESCAPE '\\'");
  const from =
    filters.sort === 'stage' ? 'stages s CROSS JOIN candidates c ON c.stage_id = s.id' : 'candidates c';
  return { from, where: where.join(' AND '), order: sortClauses[filters.sort] };
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
    this.#selectById = database.prepare(`SELECT ${candidateColumns} FROM candidates c WHERE c.id = ?`);
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
      `SELECT c.seq, ${candidateColumns} FROM candidates c
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
    const parameters = parametersOf(input);
    parameters.limit = input.limit;
    parameters.offset = input.offset;
    const countOf = (filters: Partial<Record<'stageId' | 'role' | 'source' | 'tag', string>>, deleted = 0) =>
      this.#statement<{ total: number }>(
        `SELECT coalesce(sum(count), 0) AS total FROM candidate_counts WHERE tag = @tag AND deleted = ${deleted}
         ${filters.stageId === undefined ? '' : 'AND stage_id = @stageId'}
         ${filters.role === undefined ? '' : 'AND role = @role'}
         ${filters.source === undefined ? '' : 'AND source = @source'}`,
      ).get({ ...filters, tag: filters.tag ?? '' })!.total;

    if (input.trashed || input.name !== undefined) {
      // The Trash is small, and a name filter is a scan anyway: plain SQL, sorted by SQLite.
      const { from, where, order } = plainQuery(input);
      const rows = this.#statement<CandidateRow>(
        `SELECT ${candidateColumns} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ).all(parameters);
      const { stageId, role, source, tag } = input;
      const total =
        input.name === undefined
          ? countOf({ stageId, role, source, tag }, 1)
          : this.#statement<{ total: number }>(`SELECT count(*) AS total FROM ${from} WHERE ${where}`).get(
              parameters,
            )!.total;
      return { items: rows.map(toCandidate), total };
    }

    const plan = planCandidateList(input, candidateColumns, (filters) => countOf(filters));
    if (plan.total === 0 || input.offset >= plan.total) return { items: [], total: plan.total };
    const rows = this.#statement<CandidateRow>(plan.sql).all(parameters);
    return { items: rows.map(toCandidate), total: plan.total };
  }

  /** Every candidate the list's filters match, in the list's order, read one row at a time (an export). */
  *each(filters: ListFilters): Generator<Candidate> {
    const { from, where, order } = plainQuery(filters);
    const statement = this.#statement<CandidateRow>(
      `SELECT ${candidateColumns} FROM ${from} WHERE ${where} ORDER BY ${order}`,
    );
    for (const row of statement.iterate(parametersOf(filters))) yield toCandidate(row);
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
          `INSERT INTO candidates (id, name, email, phone, current_title, location, role, source, pronouns,
             consent_until, links, tags, stage_id, time_zone, created_at, updated_at, last_activity_at)
           VALUES (@id, @name, @email, @phone, @currentTitle, @location, @role, @source, @pronouns, @consentUntil,
             @links, @tags, @stageId, @timeZone, @now, @now, @now)`,
        )
        .run({
          id,
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          currentTitle: input.currentTitle ?? null,
          location: input.location ?? null,
          role: input.role ?? null,
          source: input.source ?? null,
          pronouns: input.pronouns ?? null,
          consentUntil: input.consentUntil ?? null,
          links: JSON.stringify(input.links ?? []),
          tags: JSON.stringify(input.tags ?? []),
          stageId,
          timeZone: input.timeZone ?? null,
          now,
        });
      this.#recordStageChange(id, null, stageId, now);
    })();
    return this.get(id);
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
        currentTitle: 'current_title',
        location: 'location',
        role: 'role',
        source: 'source',
        pronouns: 'pronouns',
        consentUntil: 'consent_until',
        links: 'links',
        tags: 'tags',
        stageId: 'stage_id',
        timeZone: 'time_zone',
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
  setStage(
    id: string,
    stageId: string,
    reason: string | null,
    now = new Date().toISOString(),
    reasons: readonly string[] = [],
  ): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before editing.');
      }
      this.#assertStage(stageId);
      if (stageId === current.stageId) {
        this.#database
          .prepare(
            `UPDATE stage_changes SET reason = ?, reasons = ? WHERE seq =
               (SELECT max(seq) FROM stage_changes WHERE candidate_id = ? AND to_stage_id = ?)`,
          )
          .run(reason, JSON.stringify(reasons), id, stageId);
        return;
      }
      this.#recordStageChange(id, current.stageId, stageId, now, reason, reasons);
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
    reasons: readonly string[] = [],
  ): void {
    this.#database
      .prepare(
        `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, reason, reasons, changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId(), candidateId, from, to, reason, JSON.stringify(reasons), now);
  }

  /** Takes back the candidate's latest stage change (the toast's Undo): its row goes, the stage before returns. */
  undoStageChange(id: string, now = new Date().toISOString()): Candidate {
    this.#database.transaction(() => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new ConflictError('This candidate is in the Trash. Restore them before editing.');
      }
      const latest = this.#database
        .prepare<[string], { seq: number; from_stage_id: string | null; to_stage_id: string }>(
          'SELECT seq, from_stage_id, to_stage_id FROM stage_changes WHERE candidate_id = ? ORDER BY seq DESC LIMIT 1',
        )
        .get(id);
      if (!latest || latest.from_stage_id === null || latest.to_stage_id !== current.stageId) {
        throw new ConflictError('There is no stage change to undo.');
      }
      this.#database.prepare('DELETE FROM stage_changes WHERE seq = ?').run(latest.seq);
      this.#database
        .prepare('UPDATE candidates SET stage_id = ?, updated_at = ?, last_activity_at = ? WHERE id = ?')
        .run(latest.from_stage_id, now, now, id);
    })();
    return this.get(id);
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
