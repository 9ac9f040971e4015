import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/schemas/stage.ts';
import type { Candidate } from '../../../shared/schemas/candidate.ts';
import { openBackend, type Backend } from '../../backend/openBackend.ts';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../../testing/testDatabaseKey.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let backend: Backend;

beforeEach(() => {
  directory = temporaryDirectory();
  backend = openBackend({
    dataDirectory: directory.path,
    version: 'test',
    databaseKey: testDatabaseKey,
    automaticBackups: false,
  });
});

afterEach(() => {
  backend.close();
  directory.remove();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.router.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const stageNames = async () =>
  (await call<{ stages: Stage[] }>('stages.list', {})).stages.map((stage) => stage.name);

describe('stages', () => {
  it('start with the usual pipeline', async () => {
    expect(await stageNames()).toEqual([
      'Sourced',
      'Contacted',
      'Screening',
      'Interviewing',
      'Offer',
      'Hired',
      'Rejected',
      'Withdrawn',
    ]);
  });

  it('can be renamed; candidates keep their stage, and names stay unique', async () => {
    const candidate = await call<Candidate>('candidates.create', { name: 'Ada', stageId: 'screening' });
    expect(await call<Stage>('stages.update', { id: 'screening', name: '  Phone screen ' })).toMatchObject({
      id: 'screening',
      name: 'Phone screen',
      kind: 'open',
    });
    expect(await stageNames()).toContain('Phone screen');
    expect((await call<Candidate>('candidates.get', { id: candidate.id })).stageId).toBe('screening');
    expect(await backend.router.call('stages.update', { id: 'offer', name: 'phone SCREEN' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'name' }] },
    });
    expect(await backend.router.call('stages.update', { id: 'nope', name: 'Nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('can be reordered, and the list sorted by stage follows the new order', async () => {
    const ids = [
      'withdrawn',
      'rejected',
      'hired',
      'offer',
      'interviewing',
      'screening',
      'contacted',
      'sourced',
    ];
    const { stages } = await call<{ stages: Stage[] }>('stages.reorder', { ids });
    expect(stages.map((stage) => stage.id)).toEqual(ids);
    expect(stages.map((stage) => stage.position)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    await call('candidates.create', { name: 'Early', stageId: 'sourced' });
    await call('candidates.create', { name: 'Late', stageId: 'withdrawn' });
    const { items } = await call<{ items: Candidate[] }>('candidates.list', { sort: 'stage' });
    expect(items.map((candidate) => candidate.name)).toEqual(['Late', 'Early']);
  });

  it('refuse an order that leaves out, repeats or invents a stage, changing nothing', async () => {
    const before = await stageNames();
    for (const ids of [
      ['sourced'],
      ['sourced', 'sourced', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'],
      [
        'sourced',
        'contacted',
        'screening',
        'interviewing',
        'offer',
        'hired',
        'rejected',
        'withdrawn',
        'extra',
      ],
      ['sourced', 'contacted', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'nope'],
    ]) {
      expect(await backend.router.call('stages.reorder', { ids })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(await stageNames()).toEqual(before);
  });
});
