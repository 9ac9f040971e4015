import { describe, expect, it } from 'vitest';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';

const test = useTestRepositories();

const seqOf = (table: 'candidates' | 'notes', id: string) =>
  test.database.prepare<[string], { seq: number }>(`SELECT seq FROM ${table} WHERE id = ?`).get(id)!.seq;

describe('SearchIndexRepository', () => {
  it('finds matches newest first, counts them up to a limit, and ranks a name hit above a tag hit', () => {
    const { candidates, searchIndex } = test.repositories;
    const byTag = candidates.create({ name: 'Ada Lovelace', tags: ['rust'] });
    const byName = candidates.create({ name: 'Rust Cohle' });
    const other = candidates.create({ name: 'Grace Hopper' });
    const [tagSeq, nameSeq] = [seqOf('candidates', byTag.id), seqOf('candidates', byName.id)];

    expect(searchIndex.newestMatches('candidates', '"rust"', 10)).toEqual([nameSeq, tagSeq]);
    expect(searchIndex.newestMatches('candidates', '"rust"', 1)).toEqual([nameSeq]);
    expect(searchIndex.countMatches('candidates', '"rust"', 10)).toBe(2);
    expect(searchIndex.countMatches('candidates', '"rust"', 1)).toBe(1);
    expect(searchIndex.rankedMatches('candidates', '"rust"')).toEqual([nameSeq, tagSeq]);
    expect(searchIndex.newestMatches('candidates', '"gr"*', 10)).toEqual([seqOf('candidates', other.id)]);
  });

  it('keeps the order given and leaves out candidates in the Trash', () => {
    const { candidates, searchIndex } = test.repositories;
    const [first, second, third] = ['One', 'Two', 'Three'].map((name) => candidates.create({ name }));
    candidates.trash(second!.id);
    const seqs = [third!, second!, first!].map((candidate) => seqOf('candidates', candidate.id));
    expect(searchIndex.liveCandidateSeqs(seqs, 10)).toEqual([seqs[0], seqs[2]]);
    expect(searchIndex.liveCandidateSeqs(seqs, 1)).toEqual([seqs[0]]);
  });

  it('reads live notes with their interview’s title and date, leaving out deleted ones', () => {
    const { candidates, interviews, searchIndex } = test.repositories;
    const ada = candidates.create({ name: 'Ada Lovelace' });
    const interview = interviews.create({
      candidateId: ada.id,
      title: 'Technical screen',
      kitId: null,
      scheduledAt: '2026-05-01T10:00:00.000Z',
    });
    const loose = insertTestNote(test.database, {
      candidateId: ada.id,
      text: 'Engines',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const gone = insertTestNote(test.database, { candidateId: ada.id, text: 'Deleted engines' });
    test.database.prepare("UPDATE notes SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE id = ?").run(gone);
    const seqs = [interview.noteId, loose, gone].map((id) => seqOf('notes', id));

    expect(searchIndex.liveNotes(seqs, 10)).toEqual([
      expect.objectContaining({
        id: interview.noteId,
        title: 'Technical screen',
        date: '2026-05-01T10:00:00.000Z',
      }),
      {
        id: loose,
        candidate_id: ada.id,
        interview_id: null,
        title: 'Note',
        text: 'Engines',
        date: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });
});
