import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../openDatabase.ts';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { planCandidateList } from './planCandidateList.ts';
import path from 'node:path';

const base = { trashed: false, sort: 'updated', offset: 0, limit: 100 } as const;
/** 100k candidates: a tenth in each role, half with tag "common", 0.5% with tag "rare". */
const counts = (filters: Record<string, string>) =>
  filters.tag === 'rare'
    ? 500
    : filters.tag === 'common'
      ? 50_000
      : filters.role
        ? 10_000
        : filters.stageId
          ? 25_000
          : 100_000;

let directory: ReturnType<typeof temporaryDirectory>;
let database: Database;
beforeAll(() => {
  directory = temporaryDirectory();
  database = openDatabase(path.join(directory.path, 'rapport.sqlite3'));
});
afterAll(() => {
  database.close();
  directory.remove();
});

const planOf = (sql: string) =>
  database
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all({ stageId: 'x', role: 'x', source: 'x', tag: 'x', limit: 1, offset: 0 })
    .map((row) => (row as { detail: string }).detail)
    .join(' | ');

describe('planCandidateList', () => {
  it.each(['updated', 'name', 'created', 'stage'] as const)(
    'walks an index already in %s order, never sorting, when nothing narrows the list',
    (sort) => {
      const plan = planCandidateList({ ...base, sort }, 'c.id', counts);
      expect(plan.strategy).toBe('walk-sort-index');
      expect(planOf(plan.sql)).not.toContain('TEMP B-TREE');
    },
  );

  it.each([
    [{ role: 'Engineer' }, 'candidates_role_activity'],
    [{ stageId: 'offer', sort: 'name' as const }, 'candidates_stage_name'],
    [{ source: 'LinkedIn', sort: 'name' as const }, 'candidates_source_name'],
  ])('narrows the walk by an equality filter the index leads with: %j', (filters, index) => {
    const plan = planCandidateList({ ...base, ...filters }, 'c.id', counts);
    expect(plan.strategy).toBe('walk-sort-index');
    expect(planOf(plan.sql)).toContain(index);
    expect(planOf(plan.sql)).not.toContain('TEMP B-TREE');
  });

  it('walks the sorted index for a common tag, but reads a rare tag’s few rows and sorts them', () => {
    expect(planCandidateList({ ...base, tag: 'common', sort: 'name' }, 'c.id', counts).strategy).toBe(
      'walk-sort-index',
    );
    const rare = planCandidateList({ ...base, tag: 'rare', sort: 'name' }, 'c.id', counts);
    expect(rare.strategy).toBe('filter-then-sort');
    expect(planOf(rare.sql)).toMatch(/SEARCH t USING .*INDEX/);
  });

  it('reads the rows of the most selective filter when a combination is rare', () => {
    const plan = planCandidateList(
      { ...base, role: 'Engineer', tag: 'rare', stageId: 'offer' },
      'c.id',
      (filters) => (Object.keys(filters).length > 1 ? 3 : counts(filters)),
    );
    expect(plan).toMatchObject({ strategy: 'filter-then-sort', total: 3 });
    expect(planOf(plan.sql)).toMatch(/SEARCH t USING .*INDEX/);
  });

  it('reports the total from the counts it was given', () => {
    expect(planCandidateList({ ...base, role: 'Engineer' }, 'c.id', counts).total).toBe(10_000);
  });
});
