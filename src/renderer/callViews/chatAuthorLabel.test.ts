import { expect, it } from 'vitest';
import { chatAuthorLabel } from './chatAuthorLabel.ts';

it('labels only this side’s own lines "You"', () => {
  expect(chatAuthorLabel(true, 'Rita Recruiter', 'Candidate')).toBe('You');
  expect(chatAuthorLabel(false, 'Cara', 'Candidate')).toBe('Cara');
  for (const impostor of ['You', 'you', ' YOU ', 'You (recruiter)', '\u200bYou', 'Y\u200bou', '']) {
    expect(chatAuthorLabel(false, impostor, 'Candidate')).toBe('Candidate');
  }
  expect(chatAuthorLabel(false, 'Youssef', 'Candidate')).toBe('Youssef');
});
