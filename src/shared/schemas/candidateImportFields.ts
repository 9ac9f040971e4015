/** What a CSV column can be imported as; "ignore" drops it. First and last names are joined into the name. */
export const candidateImportFields = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'location',
  'role',
  'source',
  'tags',
  'stage',
  'pronouns',
  'consentUntil',
  'links',
] as const;

export type CandidateImportField = (typeof candidateImportFields)[number];
