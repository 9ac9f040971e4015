import type { CandidateImportField } from '../../shared/schemas/candidateImportFields.ts';

/** How each import field is named in the column-mapping selects. */
export const importFieldLabels: Record<CandidateImportField, string> = {
  ignore: 'Don’t import',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  currentTitle: 'Current title',
  location: 'Location',
  role: 'Role applied for',
  source: 'Source',
  tags: 'Tags',
  stage: 'Stage',
  pronouns: 'Pronouns',
  consentUntil: 'Consent until',
  links: 'Links',
  notes: 'Notes (a searchable note)',
  importedFields: 'Imported fields (a note)',
};
