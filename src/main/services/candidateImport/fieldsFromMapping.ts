import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';
import { ApiFailure } from '../../api/ApiFailure.ts';

/** The field of each column from a mapping by column key; a key the file lacks, or no name column, is refused. */
export function fieldsFromMapping(
  keys: readonly string[],
  mapping: Record<string, CandidateImportField>,
): CandidateImportField[] {
  const known = new Set(keys);
  const unknown = Object.keys(mapping).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new ApiFailure(
      'invalid_input',
      `The file has no column called “${unknown[0]!.slice(0, 80)}”.`,
      unknown
        .slice(0, 20)
        .map((key) => ({ path: `mapping.${key.slice(0, 80)}`, message: 'No such column in the file' })),
    );
  }
  const fields = keys.map((key) => (Object.hasOwn(mapping, key) ? mapping[key]! : 'ignore'));
  if (!fields.some((field) => field === 'name' || field === 'firstName' || field === 'lastName')) {
    throw new ApiFailure('invalid_input', 'Choose the column that holds each candidate’s name.', [
      { path: 'mapping', message: 'Map a column to Name (or to First name and Last name)' },
    ]);
  }
  return fields;
}
