import type { ApiCallError } from '../api/ApiCallError.ts';
import type { CandidateFormField, CandidateFormValues } from './CandidateFormValues.ts';

const formFields: readonly CandidateFormField[] = [
  'name',
  'email',
  'phone',
  'currentTitle',
  'location',
  'role',
  'source',
  'pronouns',
  'consentUntil',
  'stageId',
  'tags',
  'links',
];

export type FormErrors = {
  fields: Partial<Record<CandidateFormField, string>>;
  /** Set when the refusal is about no particular field (a conflict, the backend being down). */
  form: string | null;
};

/**
 * Places each backend issue under its field. `update` nests fields under `changes.`, and list items come
 * back as `links.2`, which is shown on the Links field naming the line the user typed.
 */
export function fieldErrorsFrom(error: ApiCallError, values: CandidateFormValues): FormErrors {
  const fields: FormErrors['fields'] = {};
  for (const issue of error.issues) {
    const [head, index] = issue.path.replace(/^changes\./, '').split('.');
    const field = formFields.find((name) => name === head);
    if (!field || fields[field]) continue;
    fields[field] =
      index === undefined ? issue.message : `${itemLabel(field, Number(index), values)}: ${issue.message}`;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed ? null : error.message };
}

function itemLabel(field: CandidateFormField, index: number, values: CandidateFormValues): string {
  if (field === 'links') {
    const link = values.links.split(/\r?\n/).filter((line) => line.trim() !== '')[index];
    return link ? `“${link.trim()}”` : `Link ${index + 1}`;
  }
  if (field === 'tags') {
    const tag = values.tags.split(',').filter((item) => item.trim() !== '')[index];
    return tag ? `Tag “${tag.trim()}”` : `Tag ${index + 1}`;
  }
  return `Item ${index + 1}`;
}
