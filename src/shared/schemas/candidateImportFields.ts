/**
 * What a CSV column can be imported as; "ignore" drops it. First and last names are joined into the name.
 * "notes" becomes a searchable note on the candidate; "importedFields" collects any column without a field of
 * its own into one "Imported fields" note, as "Column: value" lines, so nothing in the file is lost.
 */
export const candidateImportFields = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'currentTitle',
  'location',
  'role',
  'source',
  'tags',
  'stage',
  'pronouns',
  'consentUntil',
  'links',
  'notes',
  'importedFields',
] as const;

export type CandidateImportField = (typeof candidateImportFields)[number];
