import { describe, expect, it } from 'vitest';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

const test = useTestRepositories();

describe('InterviewRepository.callFacts', () => {
  it('gives the interview’s title and its candidate’s name', () => {
    const { candidates, interviews } = test.repositories;
    const candidate = candidates.create({ name: 'Cara Candidate' });
    const interview = interviews.create({
      candidateId: candidate.id,
      title: 'Technical screen',
      kitId: null,
      scheduledAt: null,
    });
    expect(interviews.callFacts(interview.id)).toEqual({
      title: 'Technical screen',
      candidateName: 'Cara Candidate',
    });
  });

  it('refuses an unknown interview, and one in the Trash, as not found', () => {
    const { candidates, interviews } = test.repositories;
    const candidate = candidates.create({ name: 'Cara Candidate' });
    const interview = interviews.create({
      candidateId: candidate.id,
      title: 'Final round',
      kitId: null,
      scheduledAt: null,
    });
    test.database
      .prepare("UPDATE interviews SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .run(interview.id);
    for (const id of [interview.id, '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d']) {
      expect(() => interviews.callFacts(id)).toThrow(NotFoundError);
      expect(() => interviews.callFacts(id)).toThrow('That interview does not exist (or is in the Trash).');
    }
  });
});
