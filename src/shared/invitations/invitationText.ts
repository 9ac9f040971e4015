import { formatMeetingTime } from './formatMeetingTime.ts';
import type { InvitationDetails } from './InvitationDetails.ts';

/**
 * The invitation as text to paste in an email. The interview's title is only ever a value on its own line
 * ("What: …"), never spliced into a sentence, so it reads well whatever the kit is called.
 */
export function invitationText(details: InvitationDetails): { subject: string; body: string } {
  const firstName = details.candidateName.trim().split(/\s+/)[0] || 'there';
  const recruiter = details.recruiterName.trim();
  const company = details.company.trim();
  const title = details.title.trim() || 'Interview';
  const who = recruiter ? (company ? `This is ${recruiter} from ${company}.` : `This is ${recruiter}.`) : '';
  const when =
    details.startsAt && details.recruiterTimeZone
      ? formatMeetingTime(details.startsAt, details.durationMinutes, details.recruiterTimeZone)
      : null;
  const theirs =
    details.startsAt && details.candidateTimeZone && details.candidateTimeZone !== details.recruiterTimeZone
      ? formatMeetingTime(details.startsAt, details.durationMinutes, details.candidateTimeZone)
      : null;
  const expires = details.expiresAt ? new Date(details.expiresAt) : null;
  const expiry =
    expires && !Number.isNaN(expires.getTime())
      ? ` The link works until ${expires.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.`
      : '';
  const signature = [recruiter || 'Your interviewer', ...(recruiter && company ? [company] : [])];

  if (details.kind === 'cancel') {
    return {
      subject: `Cancelled: ${title}${company ? ` with ${company}` : ''}`,
      body: [
        `Hi ${firstName},`,
        '',
        ...(who ? [who, ''] : []),
        `I have to cancel our interview${when ? ` on ${when}` : ''}. I am sorry for the change; I will be in touch about what happens next.`,
        '',
        `What: ${title}`,
        '',
        'Best regards,',
        ...signature,
      ].join('\n'),
    };
  }

  const lines = [
    `Hi ${firstName},`,
    '',
    ...(who ? [who] : []),
    ...(details.intro.trim() ? [...(who ? [''] : []), details.intro.trim()] : []),
    ...(who || details.intro.trim() ? [''] : []),
    details.kind === 'update'
      ? 'The time of our interview has changed. Here are the new details:'
      : 'Thank you for making time to talk with me. Here are the details:',
    '',
    `What: ${title}`,
    ...(when ? [`When: ${when}`] : []),
    ...(theirs ? [`      That is ${theirs} for you.`] : []),
    'Where: a video call in your browser; there is nothing to install.',
    '',
    ...(details.agenda.length > 0
      ? ['What we will talk about:', ...details.agenda.map((item) => `- ${item}`), '']
      : []),
    details.joinUrl ? 'When it is time, open this link:' : 'I will send you the link to join separately.',
    ...(details.joinUrl ? ['', details.joinUrl] : []),
    '',
    `Test your camera first: the link shows you yourself before anything else, so you can check your camera and microphone (and pick others) before you join a short waiting room until I let you in.${expiry} A recent Chrome, Edge, Firefox or Safari works best; headphones help.`,
    '',
    'If the time does not suit you, or anything does not work, just reply to this email.',
    '',
    'Best regards,',
    ...signature,
  ];
  return {
    subject:
      details.kind === 'update'
        ? `New time: ${title}${company ? ` with ${company}` : ''}`
        : `Your interview: ${title}`,
    body: lines.join('\n'),
  };
}
