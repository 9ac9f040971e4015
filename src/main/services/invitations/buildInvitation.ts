import { createEvent } from 'ics';
import { invitationText } from '../../../shared/invitations/invitationText.ts';
import type { Invitation } from '../../../shared/schemas/invitation.ts';
import type { RecruiterProfile } from '../../../shared/schemas/recruiterProfile.ts';
import type { ScheduleFacts } from '../../storage/repositories/ScheduleRepository.ts';

/** The slug of a file name: letters and digits of the title, so every system accepts it. */
function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'interview'
  );
}

/**
 * The invitation for a scheduled interview: the text (the same words the call's invite uses) and an iCalendar
 * file made with the `ics` package. One UID per interview; SEQUENCE is the interview's invite sequence, so a
 * calendar replaces the event on a reschedule and removes it on METHOD:CANCEL.
 */
export function buildInvitation(
  facts: ScheduleFacts,
  profile: RecruiterProfile,
  link: { joinUrl: string | null; problem: string | null },
  now: Date,
): Invitation {
  if (facts.startsAt === null || facts.durationMinutes === null) {
    throw new Error('buildInvitation needs a scheduled interview');
  }
  const cancelled = facts.cancelledAt !== null;
  const kind = cancelled ? 'cancel' : facts.sequence > 0 ? 'update' : 'invite';
  const { subject, body } = invitationText({
    kind,
    candidateName: facts.candidateName,
    recruiterName: profile.name,
    company: profile.company,
    intro: profile.intro,
    title: facts.title,
    startsAt: facts.startsAt,
    durationMinutes: facts.durationMinutes,
    recruiterTimeZone: facts.timeZone,
    candidateTimeZone: facts.candidateTimeZone,
    joinUrl: cancelled ? null : link.joinUrl,
    agenda: facts.agenda,
    expiresAt: null,
  });
  const organizerName = [profile.name, profile.company].filter((part) => part.trim() !== '').join(', ');
  const { error, value } = createEvent({
    productId: 'rapport/interviews',
    method: cancelled ? 'CANCEL' : 'REQUEST',
    uid: `${facts.interviewId}@rapport.interview`,
    sequence: facts.sequence,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: Date.parse(facts.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: facts.durationMinutes },
    title: profile.company.trim() ? `${facts.title} (${profile.company.trim()})` : facts.title,
    description: body,
    ...(link.joinUrl && !cancelled ? { url: link.joinUrl, location: link.joinUrl } : {}),
    // ORGANIZER is a calendar address: without the recruiter's email there is none to give (RFC 5545 §3.8.4.3).
    ...(profile.email
      ? { organizer: { ...(organizerName ? { name: organizerName } : {}), email: profile.email } }
      : {}),
    ...(facts.candidateEmail
      ? {
          attendees: [
            { name: facts.candidateName, email: facts.candidateEmail, rsvp: true, role: 'REQ-PARTICIPANT' },
          ],
        }
      : {}),
    created: now.getTime(),
    lastModified: now.getTime(),
  });
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'empty'}`);
  return {
    subject,
    text: body,
    ics: value,
    fileName: `${slug(facts.title)}-${facts.startsAt.slice(0, 10)}${cancelled ? '-cancelled' : ''}.ics`,
    joinUrl: cancelled ? null : link.joinUrl,
    linkProblem: cancelled ? null : link.problem,
    sequence: facts.sequence,
    cancelled,
  };
}
