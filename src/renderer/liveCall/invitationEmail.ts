import { invitationText } from '../../shared/invitations/invitationText.ts';

/** A ready-to-paste invitation for a call started now: the same words as a scheduled interview's invitation. */
export function invitationEmail(details: {
  candidateName: string;
  recruiterName: string;
  company?: string;
  introMessage: string;
  interviewTitle: string;
  startsAt?: string | null;
  durationMinutes?: number | null;
  joinUrl: string;
  expiresAt: string;
}): { subject: string; body: string } {
  return invitationText({
    kind: 'invite',
    candidateName: details.candidateName,
    recruiterName: details.recruiterName,
    company: details.company ?? '',
    intro: details.introMessage,
    title: details.interviewTitle,
    startsAt: details.startsAt ?? null,
    durationMinutes: details.durationMinutes ?? null,
    recruiterTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    candidateTimeZone: null,
    joinUrl: details.joinUrl,
    agenda: [],
    expiresAt: details.expiresAt,
  });
}
