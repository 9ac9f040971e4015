import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { CandidateRow } from './CandidateRow.ts';

export function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    currentTitle: row.current_title,
    location: row.location,
    role: row.role,
    source: row.source,
    pronouns: row.pronouns,
    consentUntil: row.consent_until,
    links: JSON.parse(row.links) as string[],
    tags: JSON.parse(row.tags) as string[],
    stageId: row.stage_id,
    timeZone: row.time_zone,
    waitingSince: row.waiting_since,
    followUpDueOn: row.follow_up_due_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
