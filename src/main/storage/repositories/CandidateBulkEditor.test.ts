import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { snapshotDatabase } from '../../testing/snapshotDatabase.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';

const backend = useTestBackend();
const { call } = backend;

async function three(): Promise<Candidate[]> {
  const created: Candidate[] = [];
  for (const name of ['Ada', 'Grace', 'Alan'])
    created.push(await call<Candidate>('candidates.create', { name, tags: name === 'Ada' ? ['rust'] : [] }));
  return created;
}

describe('candidates.bulkUpdate', () => {
  it('moves every selected candidate to a stage, each with its stage change recorded', async () => {
    const [ada, grace] = await three();
    const result = await call('candidates.bulkUpdate', {
      ids: [ada!.id, grace!.id],
      action: { kind: 'stage', stageId: 'interviewing' },
    });
    expect(result).toEqual({ changed: 2 });
    const { items } = await call<{ items: Candidate[] }>('candidates.list', {
      stageId: 'interviewing',
      sort: 'name',
    });
    expect(items.map((candidate) => candidate.name)).toEqual(['Ada', 'Grace']);
    const changes = backend.database
      .prepare("SELECT count(*) FROM stage_changes WHERE to_stage_id = 'interviewing'")
      .pluck()
      .get();
    expect(changes).toBe(2);
  });

  it('adds a tag once, whatever its case, and trashes', async () => {
    const [ada, grace, alan] = await three();
    expect(
      await call('candidates.bulkUpdate', {
        ids: [ada!.id, grace!.id],
        action: { kind: 'addTag', tag: 'RUST' },
      }),
    ).toEqual({ changed: 1 });
    expect((await call<Candidate>('candidates.get', { id: ada!.id })).tags).toEqual(['rust']);
    expect((await call<Candidate>('candidates.get', { id: grace!.id })).tags).toEqual(['RUST']);
    expect(await call('candidates.bulkUpdate', { ids: [alan!.id], action: { kind: 'trash' } })).toEqual({
      changed: 1,
    });
    expect((await call<{ total: number }>('candidates.list', {})).total).toBe(2);
  });

  it('changes nothing when one id is unknown or the stage does not exist', async () => {
    const [ada] = await three();
    const before = snapshotDatabase(backend.database);
    for (const input of [
      { ids: [ada!.id, '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d'], action: { kind: 'trash' } },
      { ids: [ada!.id], action: { kind: 'stage', stageId: 'nowhere' } },
      { ids: [ada!.id], action: { kind: 'addTag', tag: '   ' } },
      { ids: [], action: { kind: 'trash' } },
    ]) {
      const result = await backend.router.call('candidates.bulkUpdate', input);
      expect(result.ok).toBe(false);
    }
    expect(snapshotDatabase(backend.database)).toBe(before);
  });
});
