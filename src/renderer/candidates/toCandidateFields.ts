import type { CandidateFields } from '../../shared/schemas/candidateFields.ts';
import type { CandidateFormValues } from './CandidateFormValues.ts';

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The form's text as the backend's fields; validation stays in the backend so there is one set of rules. */
export function toCandidateFields(values: CandidateFormValues): CandidateFields {
  return {
    name: values.name,
    email: values.email,
    phone: values.phone,
    currentTitle: values.currentTitle,
    location: values.location,
    role: values.role,
    source: values.source,
    pronouns: values.pronouns,
    consentUntil: values.consentUntil === '' ? null : values.consentUntil,
    stageId: values.stageId,
    timeZone: values.timeZone.trim() === '' ? null : values.timeZone.trim(),
    tags: splitList(values.tags, /,/),
    links: splitList(values.links, /\r?\n/),
  };
}
