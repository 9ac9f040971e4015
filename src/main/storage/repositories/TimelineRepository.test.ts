import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { insertTestNote } from '../../testing/insertTestNote.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';
import { newId } from '../newId.ts';

type Timeline = MethodOutput<'candidates.timeline'>;

const backend = useTestBackend();
const { call } = backend;

function insertInterview(
  candidateId: string,
  title: string,
  startedAt: string | null,
  deletedAt: string | null = null,
) {
  const id = newId();
  backend.database
    .prepare(
      `INSERT INTO interviews (id, candidate_id, title, status, scheduled_at, started_at, duration_seconds, created_at,
         updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      candidateId,
      title,
      startedAt ? 'done' : 'planned',
      '2025-03-01T09:00:00.000Z',
      startedAt,
      startedAt ? 2700 : null,
      '2025-02-01T00:00:00.000Z',
      '2025-02-01T00:00:00.000Z',
      deletedAt,
    );
  return id;
}

describe('candidates.timeline', () => {
  it('lists interviews, notes and stage changes, newest first, each with what the UI needs to open it', async () => {
    const candidate = await call<Candidate>('candidates.create', { name: 'Ada Lovelace' });
    backend.database.prepare("UPDATE stage_changes SET changed_at = '2025-01-01T00:00:00.000Z'").run();
    const interviewId = insertInterview(candidate.id, 'Technical screen', '2025-03-02T10:00:00.000Z');
    const interviewNote = insertTestNote(backend.database, {
      candidateId: candidate.id,
      interviewId,
      text: 'Explained   the analytical\nengine clearly.',
      createdAt: '2025-02-01T00:00:00.000Z',
    });
    const looseNote = insertTestNote(backend.database, {
      candidateId: candidate.id,
      text: 'Called back about salary.',
      createdAt: '2025-02-15T00:00:00.000Z',
    });
    insertTestNote(backend.database, {
      candidateId: candidate.id,
      text: '   ',
      createdAt: '2025-02-16T00:00:00.000Z',
    });
    insertInterview(
      candidate.id,
      'Deleted interview',
      '2025-02-20T00:00:00.000Z',
      '2025-02-21T00:00:00.000Z',
    );
    const deletedNote = insertTestNote(backend.database, {
      candidateId: candidate.id,
      text: 'gone',
      createdAt: '2025-02-17T00:00:00.000Z',
    });
    backend.database
      .prepare('UPDATE notes SET deleted_at = ? WHERE id = ?')
      .run('2025-02-18T00:00:00.000Z', deletedNote);
    await call('candidates.setStage', {
      id: candidate.id,
      stageId: 'rejected',
      reason: 'Went with another offer',
    });

    const { items, total } = await call<Timeline>('candidates.timeline', { id: candidate.id });
    expect(total).toBe(5);
    expect(items.map((item) => [item.kind, item.title, item.snippet])).toEqual([
      ['stageChange', 'Moved to Rejected', 'Went with another offer'],
      ['interview', 'Technical screen', 'Done · 45 min'],
      ['note', 'Notes: Technical screen', 'Explained   the analytical\nengine clearly.'],
      ['note', 'Note', 'Called back about salary.'],
      ['stageChange', 'Added as Sourced', null],
    ]);
    expect(items[0]).toMatchObject({
      fromStageId: 'sourced',
      toStageId: 'rejected',
      reason: 'Went with another offer',
    });
    expect(items[1]).toMatchObject({ id: interviewId, interviewId, date: '2025-03-02T10:00:00.000Z' });
    expect(items[2]).toMatchObject({ id: interviewNote, interviewId, date: '2025-03-02T10:00:00.000Z' });
    expect(items[3]).toMatchObject({ id: looseNote, interviewId: null });
    const dates = items.map((item) => item.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('pages with offset and limit, and shortens long notes', async () => {
    const candidate = await call<Candidate>('candidates.create', { name: 'Grace Hopper' });
    backend.database.prepare("UPDATE stage_changes SET changed_at = '2025-01-01T00:00:00.000Z'").run();
    for (let day = 10; day < 30; day += 1) {
      insertTestNote(backend.database, {
        candidateId: candidate.id,
        text: `Day ${day} ${'word '.repeat(100)}`,
        createdAt: `2025-04-${day}T00:00:00.000Z`,
      });
    }
    const first = await call<Timeline>('candidates.timeline', { id: candidate.id, limit: 5 });
    const second = await call<Timeline>('candidates.timeline', { id: candidate.id, limit: 5, offset: 5 });
    expect(first.total).toBe(21);
    expect(first.items.map((item) => item.snippet!.slice(0, 6))).toEqual([
      'Day 29',
      'Day 28',
      'Day 27',
      'Day 26',
      'Day 25',
    ]);
    expect(second.items[0]!.snippet!.slice(0, 6)).toBe('Day 24');
    expect(first.items[0]!.snippet!.length).toBeLessThanOrEqual(240);
    expect(first.items[0]!.snippet!.endsWith('…')).toBe(true);
  });

  it('answers not_found for an unknown candidate, and works for one in the Trash', async () => {
    const result = await backend.router.call('candidates.timeline', {
      id: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const candidate = await call<Candidate>('candidates.create', { name: 'Alan Turing' });
    await call('candidates.delete', { id: candidate.id });
    expect((await call<Timeline>('candidates.timeline', { id: candidate.id })).total).toBe(1);
  });
});

describe('candidates.setStage', () => {
  it('records the change with its date and reason, and moves the candidate up the activity order', async () => {
    const candidate = await call<Candidate>('candidates.create', { name: 'Ada Lovelace' });
    const moved = await call<Candidate>('candidates.setStage', {
      id: candidate.id,
      stageId: 'rejected',
      reason: '  Salary  ',
    });
    expect(moved.stageId).toBe('rejected');
    const rows = backend.database
      .prepare('SELECT from_stage_id, to_stage_id, reason FROM stage_changes ORDER BY seq')
      .all();
    expect(rows).toEqual([
      { from_stage_id: null, to_stage_id: 'sourced', reason: null },
      { from_stage_id: 'sourced', to_stage_id: 'rejected', reason: 'Salary' },
    ]);
    // The same stage again only corrects the reason.
    await call('candidates.setStage', {
      id: candidate.id,
      stageId: 'rejected',
      reason: 'Salary expectations',
    });
    expect(backend.database.prepare('SELECT count(*) FROM stage_changes').pluck().get()).toBe(2);
    expect(backend.database.prepare('SELECT reason FROM stage_changes ORDER BY seq DESC').pluck().get()).toBe(
      'Salary expectations',
    );
  });

  it('refuses an unknown stage and a candidate in the Trash, changing nothing', async () => {
    const candidate = await call<Candidate>('candidates.create', { name: 'Ada Lovelace' });
    expect(
      await backend.router.call('candidates.setStage', { id: candidate.id, stageId: 'nowhere' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await call('candidates.delete', { id: candidate.id });
    expect(
      await backend.router.call('candidates.setStage', { id: candidate.id, stageId: 'hired' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(backend.database.prepare('SELECT count(*) FROM stage_changes').pluck().get()).toBe(1);
  });
});
