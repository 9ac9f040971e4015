/** Everything an invitation says; any of the recruiter's own fields may be empty. */
export type InvitationDetails = {
  kind: 'invite' | 'update' | 'cancel';
  candidateName: string;
  recruiterName: string;
  company: string;
  intro: string;
  title: string;
  startsAt: string | null;
  durationMinutes: number | null;
  /** The recruiter's zone, in which the time is given first. */
  recruiterTimeZone: string | null;
  /** The candidate's zone where known, so they read the time in their own. */
  candidateTimeZone: string | null;
  joinUrl: string | null;
  /** The kit's sections, as the agenda. */
  agenda: readonly string[];
  /** When the link stops working, for a call started at once. */
  expiresAt: string | null;
};
