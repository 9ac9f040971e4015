import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';
import { openTestConnection } from '../../testing/openTestConnection.ts';

let test: TestBackend;
afterEach(() => test.close());

const documentWith = (
  text: string,
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>,
): NoteDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] }],
});

async function freshNote(options: { noteRevisionIntervalMinutes?: number } = {}) {
  // No background indexing during a test: what a save alone does to the search index is asserted.
  test = openTestBackend({ noteIndexDelayMs: 600_000, ...options });
  const candidate = await test.call('candidates.create', { name: 'Linus' });
  const interview = await test.call('interviews.create', { candidateId: candidate.id, title: 'Chat' });
  return { noteId: interview.noteId, interviewId: interview.id };
}

describe('notes.save', () => {
  it('stores the document, derives its text on the server (once indexed) and returns the sequence it stored', async () => {
    const { noteId } = await freshNote();
    const saved = await test.call('notes.save', {
      id: noteId,
      document: documentWith('Knows Postgres internals'),
      sequence: 1,
    });
    expect(saved).toMatchObject({ id: noteId, sequence: 1, applied: true });
    expect(await test.call('notes.get', { id: noteId })).toMatchObject({
      sequence: 1,
      document: documentWith('Knows Postgres internals'),
    });
    await test.call('notes.indexNow', { id: noteId });
    const database = openTestConnection(test.backend.databaseFile, { readonly: true });
    expect(database.prepare('SELECT text FROM notes WHERE id = ?').pluck().get(noteId)).toBe(
      'Knows Postgres internals',
    );
    database.close();
  });

  it('leaves text and search indexing out of the save: the note is queued, and notes.indexNow indexes it at once', async () => {
    const { noteId } = await freshNote();
    const matches = () => {
      const database = openTestConnection(test.backend.databaseFile, { readonly: true });
      try {
        return {
          text: database.prepare('SELECT text FROM notes WHERE id = ?').pluck().get(noteId),
          indexed: database
            .prepare("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'postgres'")
            .pluck()
            .get(),
          queued: database.prepare('SELECT count(*) FROM note_index_queue').pluck().get(),
        };
      } finally {
        database.close();
      }
    };
    await test.call('notes.save', { id: noteId, document: documentWith('Knows Postgres'), sequence: 1 });
    await test.call('notes.save', { id: noteId, document: documentWith('Knows Postgres well'), sequence: 2 });
    // The save wrote the document alone: the plain text and the index wait in the queue.
    expect(matches()).toEqual({ text: '', indexed: 0, queued: 1 });
    expect(await test.call('notes.indexNow', { id: noteId })).toEqual({ indexed: true });
    expect(matches()).toEqual({ text: 'Knows Postgres well', indexed: 1, queued: 0 });
    expect(await test.call('notes.indexNow', { id: noteId })).toEqual({ indexed: false });
    expect(await test.result('notes.indexNow', { id: '018f0000-0000-7000-8000-00000000abcd' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not_found' },
      },
    );
  });

  it('ignores a stale save, so a retried older save never overwrites a newer one', async () => {
    const { noteId } = await freshNote();
    await test.call('notes.save', { id: noteId, document: documentWith('second'), sequence: 2 });
    const stale = await test.call('notes.save', { id: noteId, document: documentWith('first'), sequence: 1 });
    expect(stale).toMatchObject({ applied: false, sequence: 2 });
    expect((await test.call('notes.get', { id: noteId })).document).toEqual(documentWith('second'));
  });

  it('accepts the same save twice (a lost reply retried) but refuses a different document under the same number', async () => {
    const { noteId } = await freshNote();
    await test.call('notes.save', { id: noteId, document: documentWith('once'), sequence: 5 });
    expect(
      await test.call('notes.save', { id: noteId, document: documentWith('once'), sequence: 5 }),
    ).toMatchObject({ applied: true });
    expect(
      await test.result('notes.save', { id: noteId, document: documentWith('other window'), sequence: 5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('applies a save without a sequence (a script or an import) and keeps the stored sequence', async () => {
    const { noteId } = await freshNote();
    await test.call('notes.save', { id: noteId, document: documentWith('from the app'), sequence: 3 });
    expect(
      await test.call('notes.save', { id: noteId, document: documentWith('from a script') }),
    ).toMatchObject({
      sequence: 3,
      applied: true,
    });
    expect(await test.call('notes.get', { id: noteId })).toMatchObject({
      sequence: 3,
      document: documentWith('from a script'),
    });
  });

  it('refuses hostile or oversized documents and writes nothing', async () => {
    const { noteId } = await freshNote();
    for (const document of [
      documentWith('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      { type: 'doc', content: [{ type: 'script', content: [] }] },
      { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: { nested: true } } }] },
    ]) {
      expect(await test.result('notes.save', { id: noteId, document, sequence: 9 })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    const huge = documentWith('x'.repeat(5 * 1024 * 1024 + 10));
    const tooLarge = await test.result('notes.save', { id: noteId, document: huge, sequence: 9 });
    expect(tooLarge).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'document' }] },
    });
    expect((await test.call('notes.get', { id: noteId })).sequence).toBe(0);
  });

  it('derives evidence from tagged passages, and the scorecard shows it', async () => {
    const { noteId, interviewId } = await freshNote();
    await test.call('notes.save', {
      id: noteId,
      document: documentWith('Designed the billing ledger', [
        { type: 'evidence', attrs: { attributeId: 'system-design' } },
      ]),
      sequence: 1,
    });
    expect((await test.call('scorecards.get', { interviewId })).evidence).toEqual([
      {
        attributeId: 'system-design',
        text: 'Designed the billing ledger',
        questionId: null,
        questionText: null,
      },
    ]);
    await test.call('notes.save', { id: noteId, document: documentWith('untagged now'), sequence: 2 });
    expect((await test.call('scorecards.get', { interviewId })).evidence).toEqual([]);
  });
});

describe('note revisions', () => {
  it('are kept at most once per interval of editing', async () => {
    const { noteId } = await freshNote({ noteRevisionIntervalMinutes: 3 });
    for (let sequence = 1; sequence <= 5; sequence += 1) {
      await test.call('notes.save', { id: noteId, document: documentWith(`draft ${sequence}`), sequence });
    }
    const { items } = await test.call('notes.revisions', { id: noteId });
    expect(items.map((item) => item.reason)).toEqual(['created']);
  });

  it('can be browsed and restored, and the restore can itself be undone', async () => {
    const { noteId } = await freshNote({ noteRevisionIntervalMinutes: 0 });
    await test.call('notes.save', { id: noteId, document: documentWith('good version'), sequence: 1 });
    await test.call('notes.save', {
      id: noteId,
      document: documentWith('accidentally deleted'),
      sequence: 2,
    });
    const { items } = await test.call('notes.revisions', { id: noteId });
    expect(items.map((item) => [item.reason, item.preview])).toEqual([
      ['autosave', 'accidentally deleted'],
      ['autosave', 'good version'],
      ['created', ''],
    ]);
    const good = await test.call('notes.getRevision', { id: items[1]!.id });
    expect(good.document).toEqual(documentWith('good version'));

    const restored = await test.call('notes.restoreRevision', { noteId, revisionId: good.id });
    expect(restored).toMatchObject({ sequence: 3, document: documentWith('good version') });
    // The editor continues from the restored sequence; its older in-flight saves are now stale.
    expect(
      await test.call('notes.save', { id: noteId, document: documentWith('late'), sequence: 2 }),
    ).toMatchObject({ applied: false });
    const after = await test.call('notes.revisions', { id: noteId });
    expect(after.items.slice(0, 2).map((item) => [item.reason, item.preview])).toEqual([
      ['restore', 'good version'],
      ['before_restore', 'accidentally deleted'],
    ]);
    const other = await freshNoteId();
    expect(await test.result('notes.restoreRevision', { noteId: other, revisionId: good.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

async function freshNoteId(): Promise<string> {
  const candidate = await test.call('candidates.create', { name: 'Other' });
  return (await test.call('interviews.create', { candidateId: candidate.id, title: 'Other' })).noteId;
}
