import { describe, expect, it } from 'vitest';
import type { InvitationDetails } from './InvitationDetails.ts';
import { invitationText } from './invitationText.ts';

const details: InvitationDetails = {
  kind: 'invite',
  candidateName: 'Ada Lovelace',
  recruiterName: 'Rita Recruiter',
  company: 'Acme',
  intro: 'I lead hiring for the platform team.',
  title: 'Technical interview',
  startsAt: '2026-03-03T09:00:00.000Z',
  durationMinutes: 45,
  recruiterTimeZone: 'Europe/Berlin',
  candidateTimeZone: 'America/New_York',
  joinUrl: 'https://signal.example.com/join/abc#token=xyz',
  agenda: ['Background', 'System design'],
  expiresAt: null,
};

describe('invitationText', () => {
  it('introduces the recruiter, gives the time in both zones, the agenda, the link and a camera check', () => {
    const { subject, body } = invitationText(details);
    expect(subject).toBe('Your interview: Technical interview');
    expect(body).toMatch(/^Hi Ada,/);
    expect(body).toContain('This is Rita Recruiter from Acme.');
    expect(body).toContain('I lead hiring for the platform team.');
    expect(body).toContain('When: Tuesday, 3 March 2026, 10:00–10:45 (Berlin time)');
    expect(body).toContain('That is Tuesday, 3 March 2026, 04:00–04:45 (New York time) for you.');
    expect(body).toContain('- System design');
    expect(body).toContain('https://signal.example.com/join/abc#token=xyz');
    expect(body).toContain('Test your camera first');
    expect(body.trim().endsWith('Rita Recruiter\nAcme')).toBe(true);
  });

  it('reads well for every kit name: the title stands on its own line, never doubled into a sentence', () => {
    for (const title of [
      'Technical interview',
      'Recruiter phone screen',
      'Values and motivation',
      'Interview',
      'interview interview',
      '  ',
    ]) {
      const { body } = invitationText({ ...details, title });
      expect(body).not.toMatch(/interview interview(?! *$)/im);
      expect(body).toContain(`What: ${title.trim() || 'Interview'}`);
      expect(body).not.toMatch(/our [^\n]*interview interview/i);
    }
  });

  it('an update says the time changed; a cancellation says so and has no link', () => {
    expect(invitationText({ ...details, kind: 'update' }).body).toContain(
      'The time of our interview has changed',
    );
    const cancel = invitationText({ ...details, kind: 'cancel' });
    expect(cancel.subject).toBe('Cancelled: Technical interview with Acme');
    expect(cancel.body).toContain('I have to cancel our interview on Tuesday, 3 March 2026, 10:00–10:45');
    expect(cancel.body).not.toContain('join/abc');
  });

  it('still reads well with no profile, no time and no link', () => {
    const { body } = invitationText({
      ...details,
      recruiterName: '',
      company: '',
      intro: '',
      startsAt: null,
      joinUrl: null,
      agenda: [],
    });
    expect(body).not.toContain('This is');
    expect(body).not.toContain('undefined');
    expect(body).not.toContain('When:');
    expect(body).toContain('I will send you the link to join separately.');
    expect(body.trim().endsWith('Your interviewer')).toBe(true);
  });
});
