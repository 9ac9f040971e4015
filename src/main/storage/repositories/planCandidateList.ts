import type { ParsedInput } from '../../../shared/contract/ContractTypes.ts';

type ListInput = ParsedInput<'candidates.list'>;
type Filter = 'stageId' | 'role' | 'source' | 'tag';

export type ListPlan = {
  /** Selects `columns` from `c` (candidates); parameters are the filters plus @limit and @offset. */
  sql: string;
  strategy: 'walk-sort-index' | 'filter-then-sort';
};

/**
 * How to fetch one page of a filtered, sorted list without touching more rows than needed, chosen from exact
 * counts (candidate_counts makes them free). Two ways:
 * - walk the index that is already in the requested order (narrowed by one equality filter where one fits) and
 *   keep rows that pass the other filters: it visits about (offset + limit) × rows-in-index ÷ matches rows;
 * - read only the rows of the most selective filter and sort them: it visits that filter's count.
 * SQLite's planner cannot know how selective a tag or a combination is, so the choice is made here and pinned
 * with INDEXED BY.
 */
export function planCandidateList(
  input: ListInput,
  columns: string,
  countOf: (filters: Partial<Record<Filter, string>>) => number,
): ListPlan & { total: number } {
  const filters: Partial<Record<Filter, string>> = {};
  for (const key of ['stageId', 'role', 'source', 'tag'] as const)
    if (input[key] !== undefined) filters[key] = input[key];
  const total = countOf(filters);
  const sort = input.sort === 'stage' && filters.stageId !== undefined ? 'updated' : input.sort;

  const predicates: Record<Filter, string> = {
    stageId: 'c.stage_id = @stageId',
    role: 'c.role = @role COLLATE NOCASE',
    source: 'c.source = @source COLLATE NOCASE',
    tag: 'EXISTS (SELECT 1 FROM candidate_tags t WHERE t.tag = @tag AND t.candidate_seq = c.seq)',
  };
  const active = Object.keys(filters) as Filter[];
  const order = {
    updated: 'c.last_activity_at DESC, c.seq ASC',
    name: 'c.name COLLATE NOCASE ASC, c.seq ASC',
    created: 'c.seq DESC',
    stage: 's.position ASC, c.last_activity_at DESC, c.seq ASC',
  }[sort];
  const page = `ORDER BY ${order} LIMIT @limit OFFSET @offset`;

  // The sorted index to walk, and the equality filter it already narrows by.
  const narrowing = (['stageId', 'role', 'source'] as const).find((key) => filters[key] !== undefined);
  const sortIndex: string | null = {
    updated: narrowing
      ? {
          stageId: 'candidates_stage',
          role: 'candidates_role_activity',
          source: 'candidates_source_activity',
        }[narrowing]
      : 'candidates_activity',
    name: narrowing
      ? { stageId: 'candidates_stage_name', role: 'candidates_role_name', source: 'candidates_source_name' }[
          narrowing
        ]
      : 'candidates_name',
    created: null,
    stage: 'candidates_stage',
  }[sort];
  const walked =
    sort === 'created' || sort === 'stage' || !narrowing
      ? countOf({})
      : countOf({ [narrowing]: filters[narrowing] });
  const walkCost =
    total === 0 ? 0 : Math.min(walked, Math.ceil(((input.offset + input.limit) * walked) / total));

  let cheapest: { filter: Filter; count: number } | null = null;
  for (const filter of active) {
    const count = countOf({ [filter]: filters[filter] });
    if (!cheapest || count < cheapest.count) cheapest = { filter, count };
  }
  // Sorting costs too, so reading fewer rows must win clearly before it beats walking an index already in order.
  if (!cheapest || walkCost <= cheapest.count + total) {
    const where = ['c.deleted_at IS NULL', ...active.map((key) => predicates[key])].join(' AND ');
    const from =
      sort === 'stage'
        ? 'stages s CROSS JOIN candidates c INDEXED BY candidates_stage ON c.stage_id = s.id'
        : `candidates c ${sortIndex ? `INDEXED BY ${sortIndex}` : 'NOT INDEXED'}`;
    return {
      total,
      strategy: 'walk-sort-index',
      sql: `SELECT ${columns} FROM ${from} WHERE ${where} ${page}`,
    };
  }

  const others = active.filter((key) => key !== cheapest.filter).map((key) => predicates[key]);
  const stageJoin = sort === 'stage' ? ' CROSS JOIN stages s ON s.id = c.stage_id' : '';
  if (cheapest.filter === 'tag') {
    const where = ['t.tag = @tag', 'c.deleted_at IS NULL', ...others].join(' AND ');
    return {
      total,
      strategy: 'filter-then-sort',
      sql: `SELECT ${columns} FROM candidate_tags t CROSS JOIN candidates c ON c.seq = t.candidate_seq${stageJoin}
            WHERE ${where} ${page}`,
    };
  }
  const filterIndex = {
    stageId: 'candidates_stage',
    role: 'candidates_role_activity',
    source: 'candidates_source_activity',
  }[cheapest.filter];
  const where = ['c.deleted_at IS NULL', predicates[cheapest.filter], ...others].join(' AND ');
  return {
    total,
    strategy: 'filter-then-sort',
    sql: `SELECT ${columns} FROM candidates c INDEXED BY ${filterIndex}${stageJoin} WHERE ${where} ${page}`,
  };
}
