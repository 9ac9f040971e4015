/** The form's fields as the user types them; tags and links are edited as plain text. */
export type CandidateFormValues = {
  name: string;
  email: string;
  phone: string;
  currentTitle: string;
  location: string;
  role: string;
  source: string;
  pronouns: string;
  /** How long the candidate agreed their data may be kept: YYYY-MM-DD, or empty. */
  consentUntil: string;
  timeZone: string;
  stageId: string;
  /** Comma-separated. */
  tags: string;
  /** One per line. */
  links: string;
};

export type CandidateFormField = keyof CandidateFormValues;
