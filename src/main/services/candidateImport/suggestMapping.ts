import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';
import { suggestImportField } from '../../../shared/import/suggestImportField.ts';

/** Fields that several columns may fill (their values are combined); any other field goes to one column only. */
const combinable = new Set<CandidateImportField>(['tags', 'links', 'notes', 'importedFields']);

/**
 * The likely field of each column; when two columns look like the same field, the first one gets it. A column
 * with no field of its own goes to the "Imported fields" note, so by default nothing in the file is dropped.
 */
export function suggestMapping(headers: readonly string[]): CandidateImportField[] {
  const taken = new Set<CandidateImportField>();
  return headers.map((header) => {
    const suggested = suggestImportField(header);
    const field = suggested === 'ignore' ? 'importedFields' : suggested;
    if (combinable.has(field)) return field;
    if (taken.has(field)) return 'importedFields';
    taken.add(field);
    return field;
  });
}
