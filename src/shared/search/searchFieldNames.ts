/** The fields a search can be narrowed to with `field:`, in the order the search help lists them. */
export const searchFieldNames = [
  'name',
  'email',
  'location',
  'title',
  'role',
  'tag',
  'stage',
  'source',
  'notes',
] as const;

export type SearchFieldName = (typeof searchFieldNames)[number];
