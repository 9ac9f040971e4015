import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { openBackend, type Backend } from '../../backend/openBackend.ts';
import { openTestConnection } from '../../testing/openTestConnection.ts';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../../testing/testDatabaseKey.ts';
import { CandidateImportWriter } from './CandidateImportWriter.ts';

type ListInput = MethodInput<'candidates.list'>;
type Page = { items: Candidate[]; total: number };

const roles = ['Engineer', 'Designer', 'Product Manager'];
const sources = ['LinkedIn', 'Referral'];
const stages = ['sourced', 'screening', 'offer', 'rejected'];
const tagSets = [[], ['remote'], ['remote', 'senior'], ['Senior'], ['rare']];

let directory: ReturnType<typeof temporaryDirectory>;
let backend: Backend;
let database: Database;
/** Everything the filters and sorts will be checked against, computed in plain JS from the same rows. */
let everyone: Candidate[];

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.router.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  directory = temporaryDirectory();
  backend = openBackend({
    dataDirectory: directory.path,
    version: 'test',
    databaseKey: testDatabaseKey,
    automaticBackups: false,
  });
  database = openTestConnection(backend.databaseFile);
  // Written as an import writes them, in this process: the worker's start-up is not what this file tests.
  const rows = Array.from({ length: 600 }, (_, index) => ({
    candidate: {
      name: `Person ${String((index * 7919) % 600).padStart(3, '0')}`,
      email: `p${index}@example.com`,
      role: roles[index % 3]!,
      source: sources[index % 2]!,
      stageId: stages[index % 4]!,
      // Only every 97th candidate is tagged "rare", so a walk of the name index would be the slow plan for it.
      tags: index % 97 === 0 ? ['rare'] : tagSets[index % 4]!,
    },
    notes: [],
  }));
  new CandidateImportWriter(database).writeBatch(rows, '2025-01-01T00:00:00.000Z');
  // Spread activity over time so "last activity" has an order to check.
  database.exec(
    `UPDATE candidates SET last_activity_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || ((seq * 37) % 600) || ' minutes')`,
  );
  const trashed = await call<Page>('candidates.list', { limit: 10, sort: 'name' });
  for (const candidate of trashed.items.slice(0, 4)) await call('candidates.delete', { id: candidate.id });
  everyone = (await call<Page>('candidates.list', { trashed: false, limit: 500 })).items;
  everyone.push(...(await call<Page>('candidates.list', { trashed: false, limit: 500, offset: 500 })).items);
});

afterAll(() => {
  database.close();
  backend.close();
  directory.remove();
});

const seqOf = (candidate: Candidate) =>
  database.prepare('SELECT seq FROM candidates WHERE id = ?').pluck().get(candidate.id) as number;
const activityOf = (candidate: Candidate) =>
  database
    .prepare('SELECT last_activity_at FROM candidates WHERE id = ?')
    .pluck()
    .get(candidate.id) as string;
const positions = new Map(stages.map((stage, index) => [stage, index]));

function expected(input: ListInput): Candidate[] {
  const lower = (text: string | null | undefined) => text?.toLowerCase();
  const matching = everyone.filter(
    (candidate) =>
      (input.stageId === undefined || candidate.stageId === input.stageId) &&
      (input.role === undefined || lower(candidate.role) === lower(input.role)) &&
      (input.source === undefined || lower(candidate.source) === lower(input.source)) &&
      (input.tag === undefined || candidate.tags.some((tag) => lower(tag) === lower(input.tag))),
  );
  // Binary comparison, as SQLite's own (NOCASE only folds ASCII case).
  const binary = (first: string, second: string) => (first < second ? -1 : first > second ? 1 : 0);
  const byActivity = (first: Candidate, second: Candidate) =>
    binary(activityOf(second), activityOf(first)) || seqOf(first) - seqOf(second);
  const compare = {
    updated: byActivity,
    name: (first: Candidate, second: Candidate) =>
      binary(first.name.toLowerCase(), second.name.toLowerCase()) || seqOf(first) - seqOf(second),
    created: (first: Candidate, second: Candidate) => seqOf(second) - seqOf(first),
    stage: (first: Candidate, second: Candidate) =>
      positions.get(first.stageId)! - positions.get(second.stageId)! || byActivity(first, second),
  }[input.sort ?? 'updated'];
  return matching.sort(compare);
}

describe('candidates.list', () => {
  const cases: ListInput[] = [];
  for (const sort of ['updated', 'name', 'created', 'stage'] as const) {
    cases.push(
      { sort },
      { sort, stageId: 'screening' },
      { sort, role: 'engineer' },
      { sort, source: 'REFERRAL' },
      { sort, tag: 'remote' },
      { sort, tag: 'senior' },
      { sort, tag: 'rare' },
      { sort, stageId: 'offer', role: 'Designer', tag: 'senior' },
      { sort, role: 'Product Manager', source: 'LinkedIn' },
      { sort, stageId: 'rejected', source: 'LinkedIn', tag: 'rare' },
      { sort, tag: 'nobody-has-this' },
    );
  }

  it.each(cases.map((input) => [JSON.stringify(input), input]))(
    '%s: filters combine, the order is right on every page, and total counts every match',
    async (_label, input) => {
      const all = expected(input);
      const pages: Candidate[] = [];
      for (let offset = 0; offset < Math.max(all.length, 1); offset += 45) {
        const page = await call<Page>('candidates.list', { ...input, offset, limit: 45 });
        expect(page.total).toBe(all.length);
        pages.push(...page.items);
      }
      expect(pages.map((candidate) => candidate.name)).toEqual(all.map((candidate) => candidate.name));
      expect(pages.map((candidate) => candidate.id)).toEqual(all.map((candidate) => candidate.id));
    },
  );

  it('lists the Trash with its own filters and count', async () => {
    const trash = await call<Page>('candidates.list', { trashed: true, sort: 'name' });
    expect(trash.total).toBe(4);
    expect(trash.items.every((candidate) => candidate.deletedAt !== null)).toBe(true);
    const filtered = await call<Page>('candidates.list', { trashed: true, role: trash.items[0]!.role! });
    expect(filtered.total).toBe(filtered.items.length);
    expect(filtered.total).toBeGreaterThan(0);
  });

  it('answers an offset past the end with no items and the right total', async () => {
    expect(await call<Page>('candidates.list', { offset: 10_000 })).toEqual({
      items: [],
      total: everyone.length,
    });
  });
});

describe('candidates.facets', () => {
  it('counts the roles, sources and tags of candidates not in the Trash, most common first', async () => {
    const facets = await call<Record<'roles' | 'sources' | 'tags', Array<{ value: string; count: number }>>>(
      'candidates.facets',
      {},
    );
    const tally = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value.toLowerCase(), (counts.get(value.toLowerCase()) ?? 0) + 1);
      return counts;
    };
    const asMap = (list: Array<{ value: string; count: number }>) =>
      new Map(list.map((facet) => [facet.value.toLowerCase(), facet.count]));
    expect(asMap(facets.roles)).toEqual(tally(everyone.map((candidate) => candidate.role!)));
    expect(asMap(facets.sources)).toEqual(tally(everyone.map((candidate) => candidate.source!)));
    expect(asMap(facets.tags)).toEqual(
      tally(everyone.flatMap((candidate) => [...new Set(candidate.tags.map((tag) => tag.toLowerCase()))])),
    );
    const counts = facets.tags.map((facet) => facet.count);
    expect([...counts].sort((first, second) => second - first)).toEqual(counts);
  });
});

describe('candidate_counts', () => {
  it('always equals counting the candidates from scratch, through every kind of change', async () => {
    const fromScratch = () =>
      database
        .prepare(
          `SELECT tag, deleted, stage_id, role, source, count FROM (
             SELECT '' AS tag, deleted_at IS NOT NULL AS deleted, stage_id, coalesce(role, '') AS role,
               coalesce(source, '') AS source, count(*) AS count
             FROM candidates GROUP BY 1, 2, 3, 4 COLLATE NOCASE, 5 COLLATE NOCASE
             UNION ALL
             SELECT t.tag, c.deleted_at IS NOT NULL, c.stage_id, coalesce(c.role, ''), coalesce(c.source, ''), count(*)
             FROM candidate_tags t JOIN candidates c ON c.seq = t.candidate_seq
             GROUP BY 1, 2, 3, 4 COLLATE NOCASE, 5 COLLATE NOCASE)
           ORDER BY 1, 2, 3, 4, 5`,
        )
        .all()
        .map((row) => JSON.stringify(row).toLowerCase())
        .sort();
    const kept = () =>
      database
        .prepare('SELECT tag, deleted, stage_id, role, source, count FROM candidate_counts')
        .all()
        .map((row) => JSON.stringify(row).toLowerCase())
        .sort();
    expect(kept()).toEqual(fromScratch());

    const [first, second, third] = everyone;
    await call('candidates.update', {
      id: first!.id,
      changes: { role: 'ENGINEER', tags: ['Remote', 'remote', 'new'] },
    });
    await call('candidates.update', { id: second!.id, changes: { role: null, source: null, tags: [] } });
    await call('candidates.setStage', { id: third!.id, stageId: 'rejected', reason: 'Chose another offer' });
    await call('candidates.delete', { id: second!.id });
    await call('candidates.restore', { id: second!.id });
    await call('candidates.delete', { id: third!.id });
    await call('candidates.purge', { id: third!.id });
    await call('candidates.create', { name: 'Fresh Face', role: 'engineer', tags: ['Senior', 'senior'] });
    expect(kept()).toEqual(fromScratch());
    expect(database.prepare('SELECT count(*) FROM candidate_counts WHERE count <= 0').pluck().get()).toBe(0);
  });
});
