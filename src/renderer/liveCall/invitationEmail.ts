/** A ready-to-paste invitation that introduces the recruiter and explains how to join. */
export function invitationEmail(details: {
  candidateName: string;
  recruiterName: string;
  introMessage: string;
  interviewTitle: string;
  joinUrl: string;
  expiresAt: string;
}): { subject: string; body: string } {
  const firstName = details.candidateName.trim().split(/\s+/)[0] || 'there';
  const recruiter = details.recruiterName.trim();
  const expires = new Date(details.expiresAt);
  const expiry = Number.isNaN(expires.getTime())
    ? ''
    : ` The link works until ${expires.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.`;
  const lines = [
    `Hi ${firstName},`,
    '',
    recruiter
      ? `This is ${recruiter}. Thank you for making time for our ${details.interviewTitle.toLowerCase()} interview.`
      : `Thank you for making time for our ${details.interviewTitle.toLowerCase()} interview.`,
    ...(details.introMessage.trim() ? ['', details.introMessage.trim()] : []),
    '',
    'We will talk over video, right in your browser; there is nothing to install. When it is time, open this link:',
    '',
    details.joinUrl,
    '',
    `You will see yourself first, so you can check your camera and microphone, then you join a short waiting room until I let you in.${expiry} A recent Chrome, Edge, Firefox or Safari works best; headphones help.`,
    '',
    'If anything does not work, just reply to this email.',
    '',
    'Best regards,',
    recruiter || 'Your interviewer',
  ];
  return { subject: `Your interview: ${details.interviewTitle}`, body: lines.join('\n') };
}
