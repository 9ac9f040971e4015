import { describe, expect, it } from 'vitest';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';
import { ConflictError } from '../errors/ConflictError.ts';

const test = useTestRepositories();

const count = (table: string, candidateId: string): number =>
  (
    test.database.prepare(`SELECT count(*) AS n FROM ${table} WHERE candidate_id = ?`).get(candidateId) as {
      n: number;
    }
  ).n;

describe('CandidateRepository.purge: only from the Trash', () => {
  it('refuses to purge a candidate who is not in the Trash, and keeps them and their notes', () => {
    const { candidates } = test.repositories;
    const ada = candidates.create({ name: 'Ada Lovelace', email: 'ada@example.com' });
    insertTestNote(test.database, { candidateId: ada.id, text: 'Strong on analysis' });

    expect(() => candidates.purge(ada.id)).toThrow(ConflictError);
    expect(() => candidates.purge(ada.id)).toThrow(/Only a candidate in the Trash can be purged/);
    expect(candidates.get(ada.id)).toMatchObject({ name: 'Ada Lovelace', deletedAt: null });
    expect(count('notes', ada.id)).toBe(1);
  });

  it('purges a candidate in the Trash, with their notes', () => {
    const { candidates } = test.repositories;
    const ada = candidates.create({ name: 'Ada Lovelace' });
    insertTestNote(test.database, { candidateId: ada.id, text: 'Strong on analysis' });
    candidates.trash(ada.id);

    candidates.purge(ada.id);

    expect(() => candidates.get(ada.id)).toThrow();
    expect(count('notes', ada.id)).toBe(0);
  });
});

describe('CandidateRepository.restore: an email taken meanwhile', () => {
  it('refuses to restore a candidate whose email another live candidate now has, and changes nothing', () => {
    const { candidates } = test.repositories;
    const first = candidates.create({ name: 'Ada Lovelace', email: 'ada@example.com' });
    candidates.trash(first.id);
    const second = candidates.create({ name: 'Ada King', email: 'ada@example.com' });

    let refusal: unknown;
    try {
      candidates.restore(first.id);
    } catch (error) {
      refusal = error;
    }

    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).issues).toEqual([
      { path: 'email', message: 'Another candidate already has this email address' },
    ]);
    expect(candidates.get(first.id).deletedAt).not.toBeNull();
    expect(candidates.get(second.id)).toMatchObject({ email: 'ada@example.com', deletedAt: null });
  });

  it('restores the candidate once the email is free again', () => {
    const { candidates } = test.repositories;
    const first = candidates.create({ name: 'Ada Lovelace', email: 'ada@example.com' });
    candidates.trash(first.id);
    const second = candidates.create({ name: 'Ada King', email: 'ada@example.com' });
    candidates.trash(second.id);

    expect(candidates.restore(first.id)).toMatchObject({ email: 'ada@example.com', deletedAt: null });
  });
});
