import { expect, it, vi } from 'vitest';
import type { ContractClient } from '../../shared/contract/ContractTypes.ts';
import { feedbackSaveTarget } from './feedbackSaveTarget.ts';
import { StaleSaveError } from './StaleSaveError.ts';

const document = { type: 'doc' as const, content: [{ type: 'paragraph' }] };

it('saves the draft with its sequence, and numbers past a newer stored save before retrying', async () => {
  const save = vi.fn(async () => ({ id: 'f', sequence: 7, applied: false, updatedAt: 'x' }));
  const queue = { setSequence: vi.fn() };
  const target = feedbackSaveTarget({
    api: { feedback: { save } } as unknown as ContractClient,
    queue,
    key: 'feedback:f',
    feedbackId: 'f',
    read: () => document,
  });
  await expect(target.write(document, 3, { keepalive: true })).rejects.toBeInstanceOf(StaleSaveError);
  expect(save).toHaveBeenCalledWith({ id: 'f', document, sequence: 3 }, { keepalive: true });
  expect(queue.setSequence).toHaveBeenCalledWith('feedback:f', 7);
  save.mockResolvedValueOnce({ id: 'f', sequence: 8, applied: true, updatedAt: 'x' });
  await expect(target.write(document, 8, { keepalive: false })).resolves.toBeUndefined();
});
