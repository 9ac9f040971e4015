import { expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { NoteDocument, NoteNode } from '../../shared/notes/NoteDocument.ts';
import { createClient } from '../api/createClient.ts';
import { directTransport } from '../api/directTransport.ts';
import { noteSaveTarget, type NoteSavePayload } from './noteSaveTarget.ts';

const paragraph = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const updatedAt = '2026-01-01T00:00:00.000Z';

/** The backend's rules for both methods over a stored list of blocks, as NoteRepository applies them. */
function setUp(storedSequence: number) {
  const calls: Array<{ method: string; input: Record<string, unknown> }> = [];
  const stored = { sequence: storedSequence, content: [] as NoteNode[] };
  const router = {
    async call(method: string, raw: unknown): Promise<ApiResult<unknown>> {
      const input = raw as Record<string, unknown>;
      calls.push({ method, input });
      const sequence = input.sequence as number;
      const answer = (applied: boolean, resync = false) => ({
        ok: true as const,
        value: { id: 'n1', sequence: stored.sequence, applied, resync, updatedAt },
      });
      if (sequence < stored.sequence) return answer(false);
      if (method === 'notes.save') {
        stored.content = (input.document as NoteDocument).content ?? [];
      } else {
        const change = input.change as {
          from: number;
          removed: number;
          blocks: NoteNode[];
          blockCount: number;
        };
        if (input.baseSequence !== stored.sequence) return answer(false, true);
        stored.content.splice(change.from, change.removed, ...change.blocks);
      }
      stored.sequence = sequence;
      return answer(true);
    },
  };
  const queue = { setSequence: vi.fn() };
  let current: NoteSavePayload = { document: { type: 'doc', content: [] }, blocks: [] };
  const target = noteSaveTarget({
    api: createClient(directTransport(router)),
    queue,
    key: 'note:n1',
    noteId: 'n1',
    read: () => current,
  });
  // Like ProseMirror, a block the edit did not touch stays the same object in the next version.
  const edit = (blocks: NoteNode[]) => {
    current = { document: { type: 'doc', content: blocks }, blocks };
  };
  return { calls, queue, target, stored, edit };
}

it('saves the whole document first, then only the blocks that changed, and the backend ends with the same note', async () => {
  const { calls, target, stored, edit } = setUp(3);
  const [intro, middle, outro] = [paragraph('Intro'), paragraph('Knows Postgres'), paragraph('Outro')];
  edit([intro, middle, outro]);
  await target.write(target.read(), 4, { keepalive: false });
  const typed = paragraph('Knows Postgres well');
  edit([intro, typed, paragraph('New line'), outro]);
  await target.write(target.read(), 5, { keepalive: false });
  expect(calls.map((call) => call.method)).toEqual(['notes.save', 'notes.saveChanges']);
  expect(calls[1]!.input).toEqual({
    id: 'n1',
    sequence: 5,
    baseSequence: 4,
    change: { from: 1, removed: 1, blocks: [typed, paragraph('New line')], blockCount: 4 },
  });
  expect(stored).toEqual({ sequence: 5, content: [intro, typed, paragraph('New line'), outro] });
});

it('as the window closes, sends only the changed blocks with keepalive, or the whole note while another save is under way', async () => {
  const { calls, target, stored, edit } = setUp(0);
  const one = paragraph('One');
  edit([one]);
  await target.write(target.read(), 1, { keepalive: false });
  edit([one, paragraph('Two')]);
  await target.write(target.read(), 2, { keepalive: true });
  expect(calls[1]).toMatchObject({ method: 'notes.saveChanges', input: { sequence: 2, baseSequence: 1 } });
  expect(stored).toEqual({ sequence: 2, content: [one, paragraph('Two')] });

  // A save still on its way when the window closes: the keepalive one must not depend on it.
  edit([one, paragraph('Two'), paragraph('Three')]);
  const inFlight = target.write(target.read(), 3, { keepalive: false });
  edit([one, paragraph('Two'), paragraph('Three'), paragraph('Four')]);
  const closing = target.write(target.read(), 4, { keepalive: true });
  await Promise.all([inFlight, closing]);
  expect(calls.slice(2).map((call) => [call.method, call.input.sequence])).toEqual([
    ['notes.saveChanges', 3],
    ['notes.save', 4],
  ]);
  expect(stored.content).toEqual([one, paragraph('Two'), paragraph('Three'), paragraph('Four')]);
});

it('when the backend answers resync (it stores something else), saves the whole document under the same number', async () => {
  const { calls, target, stored, edit } = setUp(0);
  const one = paragraph('One');
  edit([one]);
  await target.write(target.read(), 1, { keepalive: false });
  stored.sequence = 7; // a restore moved the note on
  edit([one, paragraph('Two')]);
  await target.write(target.read(), 8, { keepalive: false });
  expect(calls.slice(1).map((call) => [call.method, call.input.sequence])).toEqual([
    ['notes.saveChanges', 8],
    ['notes.save', 8],
  ]);
  expect(stored).toEqual({ sequence: 8, content: [one, paragraph('Two')] });
});

it('when another window stored a newer version, numbers past it and rejects to be saved again', async () => {
  const { queue, target, edit } = setUp(7);
  edit([paragraph('Mine')]);
  await expect(target.write(target.read(), 4, { keepalive: false })).rejects.toThrow(
    'A newer version of this note was stored elsewhere.',
  );
  expect(queue.setSequence).toHaveBeenCalledWith('note:n1', 7);
});
