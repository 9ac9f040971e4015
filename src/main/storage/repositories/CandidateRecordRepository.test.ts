import { describe, expect, it } from 'vitest';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';

const test = useTestRepositories();

describe('CandidateRecordRepository.collect', () => {
  it('finds every row that refers to the candidate, however indirectly, and none of anyone else’s', () => {
    const { candidates, candidateRecords, interviews } = test.repositories;
    const ada = candidates.create({ name: 'Ada Lovelace', tags: ['math'] });
    const grace = candidates.create({ name: 'Grace Hopper', tags: ['navy'] });
    const interview = interviews.create({
      candidateId: ada.id,
      title: 'Technical screen',
      kitId: null,
      scheduledAt: null,
    });
    insertTestNote(test.database, { candidateId: ada.id, text: 'Loose note' });
    interviews.create({ candidateId: grace.id, title: 'Grace screen', kitId: null, scheduledAt: null });

    const records = candidateRecords.collect(ada.id);

    expect(records.candidates).toEqual([expect.objectContaining({ id: ada.id, name: 'Ada Lovelace' })]);
    expect(records.interviews).toEqual([
      expect.objectContaining({ id: interview.id, title: 'Technical screen' }),
    ]);
    // Reached through the interview, not the candidate: the interview's scorecard.
    expect(records.scorecards).toEqual([expect.objectContaining({ interview_id: interview.id })]);
    expect(records.notes?.map((note) => note.candidate_id)).toEqual([ada.id, ada.id]);
    expect(records.candidate_tags).toHaveLength(1);
    expect(records.stage_changes).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain('Grace');
  });

  it('follows a table added later by its foreign key alone', () => {
    const { candidates, candidateRecords } = test.repositories;
    const ada = candidates.create({ name: 'Ada Lovelace' });
    test.database.exec(`CREATE TABLE references_checked (
      id INTEGER PRIMARY KEY, candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE, referee TEXT
    ) STRICT`);
    test.database
      .prepare("INSERT INTO references_checked (candidate_id, referee) VALUES (?, 'Charles Babbage')")
      .run(ada.id);
    expect(candidateRecords.collect(ada.id).references_checked).toEqual([
      { id: 1, candidate_id: ada.id, referee: 'Charles Babbage' },
    ]);
  });

  it('gives no rows for an unknown candidate', () => {
    expect(test.repositories.candidateRecords.collect('018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d')).toEqual({
      candidates: [],
    });
  });
});
