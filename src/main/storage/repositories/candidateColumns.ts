/**
 * What every candidate query selects, from `candidates c`: the row plus what candidate_waits says about them
 * (one primary-key probe each).
 */
export const candidateColumns = `c.id, c.name, c.email, c.phone, c.current_title, c.location, c.role, c.source, c.pronouns,
  c.consent_until, c.links, c.tags, c.stage_id, c.time_zone, c.created_at, c.updated_at, c.deleted_at,
  (SELECT since FROM candidate_waits WHERE candidate_waits.candidate_id = c.id) AS waiting_since,
  (SELECT due_on FROM candidate_waits WHERE candidate_waits.candidate_id = c.id) AS follow_up_due_on`;
