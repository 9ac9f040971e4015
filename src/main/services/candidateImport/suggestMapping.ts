import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';
import { suggestImportField } from '../../../shared/import/suggestImportField.ts';

/** Fields that several columns may fill (their values are combined); any other field goes to one column only. */
const combinable = new Set<CandidateImportField>(['tags', 'links', 'ignore']);

/** The likely field of each column; when two columns look like the same field, the first one gets it. */
export function suggestMapping(headers: readonly string[]): CandidateImportField[] {
  const taken = new Set<CandidateImportField>();
  return headers.map((header) => {
    const field = suggestImportField(header);
    if (combinable.has(field)) return field;
    if (taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}
