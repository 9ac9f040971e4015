import { expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { createClient } from '../api/createClient.ts';
import { directTransport } from '../api/directTransport.ts';
import { noteSaveTarget } from './noteSaveTarget.ts';

const document: NoteDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

function setUp(storedSequence: number) {
  const calls: Array<{ method: string; input: unknown }> = [];
  const router = {
    async call(method: string, input: unknown): Promise<ApiResult<unknown>> {
      calls.push({ method, input });
      const { sequence } = input as { sequence: number };
      const applied = sequence >= storedSequence;
      const value = {
        id: 'n1',
        sequence: applied ? sequence : storedSequence,
        applied,
        updatedAt: '2026-01-01T00:00:00.000Z',
      };
      return { ok: true, value };
    },
  };
  const queue = { setSequence: vi.fn() };
  const target = noteSaveTarget({
    api: createClient(directTransport(router)),
    queue,
    key: 'note:n1',
    noteId: 'n1',
    read: () => document,
  });
  return { calls, queue, target };
}

it('saves the document under the queue’s sequence number', async () => {
  const { calls, queue, target } = setUp(3);
  await target.write(target.read(), 4, { keepalive: true });
  expect(calls).toEqual([{ method: 'notes.save', input: { id: 'n1', document, sequence: 4 } }]);
  expect(queue.setSequence).not.toHaveBeenCalled();
});

it('when another window stored a newer version, numbers past it and rejects to be saved again', async () => {
  const { queue, target } = setUp(7);
  await expect(target.write(document, 4, { keepalive: false })).rejects.toThrow(
    'A newer version of this note was stored elsewhere.',
  );
  expect(queue.setSequence).toHaveBeenCalledWith('note:n1', 7);
});
