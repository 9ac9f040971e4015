import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { RecruiterProfile } from '../../../shared/schemas/recruiterProfile.ts';
import type { ScheduleFacts } from '../../storage/repositories/ScheduleRepository.ts';
import { buildInvitation } from './buildInvitation.ts';

const facts: ScheduleFacts = {
  interviewId: '018f0000-0000-7000-8000-000000000001',
  candidateId: '018f0000-0000-7000-8000-000000000002',
  candidateName: 'Ada Lovelace',
  candidateEmail: 'ada@example.com',
  candidateTimeZone: 'America/New_York',
  title: 'Technical interview',
  status: 'planned',
  startsAt: '2026-03-03T09:00:00.000Z',
  durationMinutes: 45,
  timeZone: 'Europe/Berlin',
  sequence: 0,
  cancelledAt: null,
  agenda: ['A system you built', 'Design'],
};
const profile: RecruiterProfile = {
  name: 'Rita Recruiter',
  company: 'Acme; "Robotics", Inc.',
  intro: 'I read every application myself.\nAsk me anything.',
  email: '',
  photo: null,
  onboarding: 'done',
};
const link = { joinUrl: 'https://signal.example.com/join/abc#token=xyz', problem: null };
const now = new Date('2026-03-01T12:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { calendar, event };
}

describe('buildInvitation', () => {
  it('makes a valid calendar file: the instant in UTC, the link, the intro, the agenda, escaped text', () => {
    const invitation = buildInvitation(facts, profile, link, now);
    const { calendar, event } = parse(invitation.ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.uid).toBe(`${facts.interviewId}@rapport.interview`);
    expect(event.summary).toBe('Technical interview (Acme; "Robotics", Inc.)');
    expect(event.description).toContain('I read every application myself.\nAsk me anything.');
    expect(event.description).toContain(link.joinUrl);
    expect(event.description).toContain('- A system you built');
    expect(invitation.fileName).toBe('technical-interview-2026-03-03.ics');
    // No email, no ORGANIZER: a name alone is not a calendar address.
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('organizer')).toBeNull();
  });

  it('names the organizer and the attendee by email when known; a move is an update, a cancel a CANCEL', () => {
    const withEmail = buildInvitation(facts, { ...profile, email: 'rita@acme.example' }, link, now);
    const vevent = parse(withEmail.ics).calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('organizer')).toMatch(/^mailto:rita@acme\.example$/i);
    expect(vevent.getFirstPropertyValue('attendee')).toMatch(/^mailto:ada@example\.com$/i);
    const moved = buildInvitation({ ...facts, sequence: 1 }, profile, link, now);
    expect(parse(moved.ics).event.sequence).toBe(1);
    expect(moved.subject).toContain('New time');
    const cancelled = buildInvitation(
      { ...facts, sequence: 2, cancelledAt: now.toISOString() },
      profile,
      link,
      now,
    );
    const parsed = parse(cancelled.ics);
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(parsed.event.sequence).toBe(2);
    expect(cancelled.joinUrl).toBeNull();
    expect(parsed.event.description).not.toContain('join/abc');
  });
});
