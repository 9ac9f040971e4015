import { expect, it } from 'vitest';
import { invitationEmail } from './invitationEmail.ts';

const details = {
  candidateName: 'Cara Candidate',
  recruiterName: 'Rita Recruiter',
  introMessage: 'I lead hiring for the platform team.',
  interviewTitle: 'Technical screen',
  joinUrl: 'http://127.0.0.1:9000/join/abc#token=xyz',
  expiresAt: '2030-01-02T10:00:00.000Z',
};

it('greets the candidate, introduces the recruiter and carries the whole link', () => {
  const { subject, body } = invitationEmail(details);
  expect(subject).toBe('Your interview: Technical screen');
  expect(body).toMatch(/^Hi Cara,/);
  expect(body).toContain('This is Rita Recruiter.');
  expect(body).toContain('I lead hiring for the platform team.');
  expect(body).toContain('http://127.0.0.1:9000/join/abc#token=xyz');
  expect(body).toContain('waiting room');
  expect(body.trim().endsWith('Rita Recruiter')).toBe(true);
});

it('still reads well without a recruiter name or intro', () => {
  const { body } = invitationEmail({ ...details, recruiterName: '', introMessage: '  ' });
  expect(body).not.toContain('This is');
  expect(body).not.toContain('undefined');
  expect(body.trim().endsWith('Your interviewer')).toBe(true);
});
