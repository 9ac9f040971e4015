import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';
import { newId } from '../../storage/newId.ts';
import type { CandidateExportData } from './CandidateExportData.ts';

type Export = MethodOutput<'candidates.export'>;

const backend = useTestBackend();
const { call } = backend;

describe('candidates.export', () => {
  it('holds everything stored about the candidate, and nothing about anyone else', async () => {
    const ada = await call<Candidate>('candidates.create', {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      pronouns: 'she/her',
      consentUntil: '2027-05-31',
      tags: ['math'],
      links: ['https://ada.dev'],
    });
    const grace = await call<Candidate>('candidates.create', { name: 'Grace Hopper' });
    await call('candidates.setStage', { id: ada.id, stageId: 'rejected', reason: 'Chose *another* offer' });
    const interviewId = newId();
    backend.database
      .prepare(
        `INSERT INTO interviews (id, candidate_id, title, status, created_at, updated_at)
         VALUES (?, ?, 'Technical screen', 'done', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z')`,
      )
      .run(interviewId, ada.id);
    backend.database
      .prepare(
        `INSERT INTO scorecards (id, interview_id, recommendation, takeaways, private_note, created_at, updated_at)
         VALUES (?, ?, 'strong_yes', 'Brilliant with engines', 'Asked about parental leave', 'x', 'x')`,
      )
      .run(newId(), interviewId);
    const noteId = insertTestNote(backend.database, {
      candidateId: ada.id,
      interviewId,
      text: 'Analytical engine | deep dive\nSecond line',
    });
    backend.database
      .prepare(
        `INSERT INTO note_revisions (id, note_id, reason, document, text, created_at)
         VALUES (?, ?, 'created', '{}', 'An earlier draft', '2025-03-01T00:00:00.000Z')`,
      )
      .run(newId(), noteId);
    insertTestNote(backend.database, { candidateId: ada.id, text: 'Loose note about poetry' });
    insertTestNote(backend.database, { candidateId: grace.id, text: 'Grace secret note' });

    const exported = await call<Export>('candidates.export', { id: ada.id });
    const data = JSON.parse(exported.json) as CandidateExportData;
    expect(exported.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-ada-lovelace-data-export$/);
    expect(data.candidate).toMatchObject({
      id: ada.id,
      email: 'ada@example.com',
      pronouns: 'she/her',
      consentUntil: '2027-05-31',
    });
    expect(data.stageHistory.map((change) => [change.fromName, change.toName, change.reason])).toEqual([
      [null, 'Sourced', null],
      ['Sourced', 'Rejected', 'Chose *another* offer'],
    ]);
    expect(data.interviews).toHaveLength(1);
    expect(data.notes.map((note) => note.text).sort()).toEqual([
      'Analytical engine | deep dive\nSecond line',
      'Loose note about poetry',
    ]);
    expect(data.records.scorecards).toHaveLength(1);
    expect(data.records.note_revisions?.[0]).toMatchObject({ text: 'An earlier draft' });
    expect(data.records.candidate_tags).toHaveLength(1);
    expect(exported.json).not.toContain('Grace');

    expect(exported.markdown).toContain('# Ada Lovelace');
    expect(exported.markdown).toContain('| Pronouns | she/her |');
    expect(exported.markdown).toContain('Sourced → Rejected (reason: Chose \\*another\\* offer)');
    expect(exported.markdown).toContain('### Technical screen');
    expect(exported.markdown).toContain('- Recommendation: strong\\_yes');
    expect(exported.markdown).toContain('Analytical engine \\| deep dive');
    expect(exported.markdown).toContain('Loose note about poetry');
    expect(exported.markdown).toContain('- note_revisions: 1');
    expect(exported.markdown).not.toContain('Grace');
  });

  it('exports a candidate in the Trash, and answers not_found for an unknown one', async () => {
    const alan = await call<Candidate>('candidates.create', { name: 'Alan Turing' });
    await call('candidates.delete', { id: alan.id });
    const data = JSON.parse(
      (await call<Export>('candidates.export', { id: alan.id })).json,
    ) as CandidateExportData;
    expect(data.candidate.deletedAt).not.toBeNull();
    expect(
      await backend.router.call('candidates.export', { id: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
