/** A candidates row as the repository selects it (see candidateColumns). */
export type CandidateRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  current_title: string | null;
  location: string | null;
  role: string | null;
  source: string | null;
  pronouns: string | null;
  consent_until: string | null;
  links: string;
  tags: string;
  stage_id: string;
  time_zone: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  waiting_since: string | null;
  follow_up_due_on: string | null;
};
