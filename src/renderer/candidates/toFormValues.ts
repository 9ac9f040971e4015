import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { CandidateFormValues } from './CandidateFormValues.ts';

/** A candidate as editable text; a new candidate starts empty in the first stage. */
export function toFormValues(candidate: Candidate | null, firstStageId: string): CandidateFormValues {
  return {
    name: candidate?.name ?? '',
    email: candidate?.email ?? '',
    phone: candidate?.phone ?? '',
    currentTitle: candidate?.currentTitle ?? '',
    location: candidate?.location ?? '',
    role: candidate?.role ?? '',
    source: candidate?.source ?? '',
    pronouns: candidate?.pronouns ?? '',
    consentUntil: candidate?.consentUntil ?? '',
    timeZone: candidate?.timeZone ?? '',
    stageId: candidate?.stageId ?? firstStageId,
    tags: candidate?.tags.join(', ') ?? '',
    links: candidate?.links.join('\n') ?? '',
  };
}
