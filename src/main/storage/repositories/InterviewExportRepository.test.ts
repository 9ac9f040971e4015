import { describe, expect, it } from 'vitest';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

const test = useTestRepositories();

describe('InterviewExportRepository', () => {
  it('reads an interview with its note and scorecard', () => {
    const { candidates, interviews, interviewExports } = test.repositories;
    const candidate = candidates.create({ name: 'Ada Lovelace' });
    const interview = interviews.create({
      candidateId: candidate.id,
      title: 'Technical screen',
      kitId: null,
      scheduledAt: null,
    });
    const gathered = interviewExports.get(interview.id);
    expect(gathered.interview).toMatchObject({ id: interview.id, candidateName: 'Ada Lovelace' });
    expect(gathered.note.id).toBe(interview.noteId);
    expect(gathered.scorecard).toMatchObject({ interviewId: interview.id });
  });

  it('refuses an unknown interview as not found', () => {
    expect(() => test.repositories.interviewExports.get('018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d')).toThrow(
      NotFoundError,
    );
  });
});
