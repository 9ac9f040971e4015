import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import { openBackendIn } from '../../testing/openBackendIn.ts';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';
import { openTestConnection } from '../../testing/openTestConnection.ts';

let test: TestBackend;
afterEach(() => test.close());

const paragraph = (text: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const documentOf = (...blocks: ReturnType<typeof paragraph>[]): NoteDocument => ({
  type: 'doc',
  content: blocks,
});

describe('notes.saveChanges', () => {
  async function noteWith(...texts: string[]) {
    // No background indexing: what a change alone does to the note and its search is asserted.
    test = openTestBackend({ noteIndexDelayMs: 600_000 });
    const candidate = await test.call('candidates.create', { name: 'Linus' });
    const interview = await test.call('interviews.create', { candidateId: candidate.id, title: 'Chat' });
    const note = { noteId: interview.noteId, interviewId: interview.id };
    await test.call('notes.save', {
      id: note.noteId,
      document: documentOf(...texts.map((text) => paragraph(text))),
      sequence: 1,
    });
    return note;
  }
  const storedRow = (noteId: string) => {
    const database = openTestConnection(test.backend.databaseFile, { readonly: true });
    try {
      return {
        document: JSON.parse(
          database.prepare('SELECT document FROM notes WHERE id = ?').pluck().get(noteId) as string,
        ) as NoteDocument,
        changes: database.prepare('SELECT count(*) FROM note_changes').pluck().get(),
      };
    } finally {
      database.close();
    }
  };

  it('stores only the changed blocks, and the note reads back whole with them', async () => {
    const { noteId } = await noteWith('Intro', 'Knows Postgres', 'Outro');
    const saved = await test.call('notes.saveChanges', {
      id: noteId,
      sequence: 2,
      baseSequence: 1,
      change: {
        from: 1,
        removed: 1,
        blocks: [paragraph('Knows Postgres well'), paragraph('New line')],
        blockCount: 4,
      },
    });
    expect(saved).toMatchObject({ id: noteId, sequence: 2, applied: true, resync: false });
    // The document row is untouched until the changes are folded in.
    expect(storedRow(noteId)).toEqual({
      document: documentOf(paragraph('Intro'), paragraph('Knows Postgres'), paragraph('Outro')),
      changes: 1,
    });
    await test.call('notes.saveChanges', {
      id: noteId,
      sequence: 3,
      baseSequence: 2,
      change: { from: 3, removed: 1, blocks: [], blockCount: 3 },
    });
    const expected = documentOf(paragraph('Intro'), paragraph('Knows Postgres well'), paragraph('New line'));
    expect(await test.call('notes.get', { id: noteId })).toMatchObject({ sequence: 3, document: expected });
    expect(storedRow(noteId)).toEqual({ document: expected, changes: 0 });
  });

  it('answers resync, storing nothing, when the base is not what is stored or the blocks do not add up', async () => {
    const { noteId } = await noteWith('One', 'Two');
    const attempt = (input: { baseSequence: number; from: number; removed: number; blockCount: number }) =>
      test.call('notes.saveChanges', {
        id: noteId,
        sequence: 2,
        baseSequence: input.baseSequence,
        change: {
          from: input.from,
          removed: input.removed,
          blocks: [paragraph('Three')],
          blockCount: input.blockCount,
        },
      });
    for (const input of [
      { baseSequence: 0, from: 1, removed: 1, blockCount: 2 },
      { baseSequence: 1, from: 2, removed: 1, blockCount: 2 },
      { baseSequence: 1, from: 1, removed: 1, blockCount: 3 },
    ]) {
      expect(await attempt(input), JSON.stringify(input)).toMatchObject({
        applied: false,
        resync: true,
        sequence: 1,
      });
    }
    expect((await test.call('notes.get', { id: noteId })).document).toEqual(
      documentOf(paragraph('One'), paragraph('Two')),
    );
  });

  it('ignores a stale change, accepts the same change retried, and asks for the whole document for a different one', async () => {
    const { noteId } = await noteWith('One');
    const change = { from: 0, removed: 1, blocks: [paragraph('One more')], blockCount: 1 };
    await test.call('notes.saveChanges', { id: noteId, sequence: 2, baseSequence: 1, change });
    expect(
      await test.call('notes.saveChanges', { id: noteId, sequence: 2, baseSequence: 1, change }),
    ).toMatchObject({ applied: true, resync: false });
    expect(
      await test.call('notes.saveChanges', {
        id: noteId,
        sequence: 2,
        baseSequence: 1,
        change: { ...change, blocks: [paragraph('Other window')] },
      }),
    ).toMatchObject({ applied: false, resync: true });
    expect(
      await test.call('notes.saveChanges', { id: noteId, sequence: 1, baseSequence: 0, change }),
    ).toMatchObject({ applied: false, resync: false, sequence: 2 });
    // A whole save after changes replaces them.
    await test.call('notes.save', { id: noteId, document: documentOf(paragraph('Whole')), sequence: 3 });
    expect((await test.call('notes.get', { id: noteId })).document).toEqual(documentOf(paragraph('Whole')));
    expect(storedRow(noteId).changes).toBe(0);
  });

  it('refuses hostile blocks and a change that would make the note too large, and writes nothing', async () => {
    const { noteId } = await noteWith('Safe');
    for (const blocks of [
      [paragraph('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])],
      [{ type: 'script', content: [] }],
      [{ type: 'doc', content: [] }],
      'not a list',
    ]) {
      expect(
        await test.result('notes.saveChanges', {
          id: noteId,
          sequence: 2,
          baseSequence: 1,
          change: { from: 0, removed: 1, blocks, blockCount: 1 },
        }),
        JSON.stringify(blocks),
      ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(
      await test.result('notes.saveChanges', {
        id: noteId,
        sequence: 2,
        baseSequence: 1,
        change: { from: 1, removed: 0, blocks: [paragraph('x'.repeat(5 * 1024 * 1024))], blockCount: 2 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'document' }] } });
    expect(await test.call('notes.get', { id: noteId })).toMatchObject({
      sequence: 1,
      document: documentOf(paragraph('Safe')),
    });
  });

  it('keeps the scorecard evidence current with each change', async () => {
    const { noteId, interviewId } = await noteWith('Intro', 'Outro');
    const tagged = paragraph('Designed the billing ledger', [
      { type: 'evidence', attrs: { attributeId: 'system-design' } },
    ]);
    await test.call('notes.saveChanges', {
      id: noteId,
      sequence: 2,
      baseSequence: 1,
      change: { from: 1, removed: 0, blocks: [tagged], blockCount: 3 },
    });
    expect((await test.call('scorecards.get', { interviewId })).evidence).toEqual([
      {
        attributeId: 'system-design',
        text: 'Designed the billing ledger',
        questionId: null,
        questionText: null,
      },
    ]);
    await test.call('notes.saveChanges', {
      id: noteId,
      sequence: 3,
      baseSequence: 2,
      change: { from: 1, removed: 1, blocks: [], blockCount: 2 },
    });
    expect((await test.call('scorecards.get', { interviewId })).evidence).toEqual([]);
  });

  it('a change the process died before folding in is in the note, its search and its export after a restart', async () => {
    const { noteId } = await noteWith('Intro');
    await test.call('notes.saveChanges', {
      id: noteId,
      sequence: 2,
      baseSequence: 1,
      change: { from: 1, removed: 0, blocks: [paragraph('Zanzibar office')], blockCount: 2 },
    });
    // As after kill -9: the file holds the change, not yet folded in or indexed.
    expect(storedRow(noteId).changes).toBe(1);
    test.backend.close();
    const reopened = openBackendIn(test.directory, { noteIndexDelayMs: 600_000 });
    try {
      const found = await reopened.call<{ total: number }>('search.query', { text: 'zanzibar' });
      expect(found.total).toBe(1);
      expect((await reopened.call<{ document: NoteDocument }>('notes.get', { id: noteId })).document).toEqual(
        documentOf(paragraph('Intro'), paragraph('Zanzibar office')),
      );
    } finally {
      reopened.close();
    }
  });
});
