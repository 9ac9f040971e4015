import type { CandidateImportField } from '../../../shared/schemas/candidateImportFields.ts';

const fieldLabels: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  currentTitle: 'Current title',
  location: 'Location',
  role: 'Role',
  source: 'Source',
  pronouns: 'Pronouns',
  consentUntil: 'Consent until',
  tags: 'Tags',
  links: 'Links',
  stage: 'Stage',
  stageId: 'Stage',
};

/** Names a field (by issue path) as the file names it: its column's key, or the field's own label. */
export function importFieldNames(
  keys: readonly string[],
  fields: readonly CandidateImportField[],
): (path: string) => string {
  const columnOfField = new Map<string, string>();
  fields.forEach((field, column) => {
    if (!columnOfField.has(field)) columnOfField.set(field, keys[column]!);
  });
  return (path) => {
    const field = path.split('.')[0]!;
    return columnOfField.get(field === 'stageId' ? 'stage' : field) ?? fieldLabels[field] ?? field;
  };
}
