/** The candidate list's first pages the bench measures: the router's input, and the same page in plain SQL. */
export const listCases: Array<{
  label: string;
  input: Record<string, unknown>;
  where: string;
  order: string;
  from?: string;
}> = [
  {
    label: 'list first page (100, last activity)',
    input: {},
    where: 'deleted_at IS NULL',
    order: 'last_activity_at DESC, seq',
  },
  {
    label: 'list first page by name',
    input: { sort: 'name' },
    where: 'deleted_at IS NULL',
    order: 'name COLLATE NOCASE, seq',
  },
  {
    label: 'list first page by stage',
    input: { sort: 'stage' },
    where: 'c.deleted_at IS NULL',
    order: 's.position, c.last_activity_at DESC, c.seq',
    from: 'stages s CROSS JOIN candidates c ON c.stage_id = s.id',
  },
  {
    label: 'list first page, stage + role filter',
    input: { stageId: 'screening', role: 'Software Engineer' },
    where: "deleted_at IS NULL AND stage_id = 'screening' AND role = 'Software Engineer' COLLATE NOCASE",
    order: 'last_activity_at DESC, seq',
  },
  {
    label: 'list first page, tag filter, by name',
    input: { tag: 'remote', sort: 'name' },
    where: "deleted_at IS NULL AND seq IN (SELECT candidate_seq FROM candidate_tags WHERE tag = 'remote')",
    order: 'name COLLATE NOCASE, seq',
  },
];
