import { expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import { createClient } from '../api/createClient.ts';
import { directTransport } from '../api/directTransport.ts';
import { scorecardSaveTarget } from './scorecardSaveTarget.ts';

const fields = {
  ratings: { a1: 'yes' as const },
  ratingNotes: {},
  recommendation: null,
  takeaways: 'Strong',
  privateNote: '',
};

function setUp(storedSequence: number) {
  const inputs: unknown[] = [];
  const router = {
    async call(_method: string, input: unknown): Promise<ApiResult<unknown>> {
      inputs.push(input);
      const { sequence } = input as { sequence: number };
      const stored: Scorecard = {
        interviewId: 'i1',
        ...fields,
        revision: 2,
        submittedAt: null,
        sequence: Math.max(sequence, storedSequence),
        updatedAt: '2026-01-01T00:00:00.000Z',
        evidence: [],
      };
      return { ok: true, value: stored };
    },
  };
  const queue = { setSequence: vi.fn() };
  const onStored = vi.fn();
  const target = scorecardSaveTarget({
    api: createClient(directTransport(router)),
    queue,
    key: 'scorecard:i1',
    interviewId: 'i1',
    read: () => fields,
    onStored,
  });
  return { inputs, queue, onStored, target };
}

it('saves every field under the queue’s sequence number and reports the stored card', async () => {
  const { inputs, queue, onStored, target } = setUp(1);
  await target.write(target.read(), 2, { keepalive: false });
  expect(inputs).toEqual([{ ...fields, interviewId: 'i1', sequence: 2 }]);
  expect(onStored).toHaveBeenCalledWith(expect.objectContaining({ revision: 2, sequence: 2 }));
  expect(queue.setSequence).not.toHaveBeenCalled();
});

it('when another window stored a newer card, numbers past it and rejects to be saved again', async () => {
  const { queue, onStored, target } = setUp(8);
  await expect(target.write(fields, 3, { keepalive: true })).rejects.toThrow(
    'A newer version of this scorecard was stored elsewhere.',
  );
  expect(queue.setSequence).toHaveBeenCalledWith('scorecard:i1', 8);
  expect(onStored).toHaveBeenCalledOnce();
});
