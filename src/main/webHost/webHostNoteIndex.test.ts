import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataDirectoryDatabase } from '../../../e2e/fixtures/openDataDirectoryDatabase.ts';
import { startWebHostProcess, type WebHostProcess } from '../../../e2e/fixtures/startWebHostProcess.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';

// Ten minutes: the background timer never indexes during the test, so what is indexed was indexed by a start or
// a close.
const neverByTimer = { RAPPORT_NOTE_INDEX_DELAY_MS: '600000' };

let directory: ReturnType<typeof temporaryDirectory>;
let host: WebHostProcess;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(async () => {
  if (host.process.exitCode === null) await host.kill();
  directory.remove();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const token = new URL(host.url).searchParams.get('token')!;
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/** Saves a note holding `word` the way the editor autosaves it, and returns nothing until it is committed. */
async function saveNoteWith(word: string): Promise<void> {
  const candidate = await call<{ id: string }>('candidates.create', { name: 'Index Test' });
  const interview = await call<{ noteId: string }>('interviews.create', {
    candidateId: candidate.id,
    title: 'Screen',
  });
  await call('notes.save', {
    id: interview.noteId,
    document: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Worked in ${word} for two years` }] }],
    },
    sequence: 1,
  });
}

function indexState(word: string): { indexed: number; queued: number } {
  const database = openDataDirectoryDatabase(directory.path);
  try {
    return {
      indexed: database
        .prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?')
        .pluck()
        .get(word) as number,
      queued: database.prepare('SELECT count(*) FROM note_index_queue').pluck().get() as number,
    };
  } finally {
    database.close();
  }
}

type SearchAnswer = { total: number; groups: Array<{ notes: Array<{ snippet: Array<{ text: string }> }> }> };

describe('deferred note indexing in the web host process', () => {
  it('finds a word saved but not yet indexed when the host was killed (kill -9), after the restart', async () => {
    host = await startWebHostProcess(directory.path, 0, [], neverByTimer);
    await saveNoteWith('Zanzibar');
    // Committed, not indexed: the save only queued the note.
    expect(indexState('zanzibar')).toEqual({ indexed: 0, queued: 1 });
    await host.kill();

    host = await startWebHostProcess(directory.path, 0, [], neverByTimer);
    expect(indexState('zanzibar')).toEqual({ indexed: 1, queued: 0 });
    const answer = await call<SearchAnswer>('search.query', { text: 'zanzibar' });
    expect(answer.total).toBe(1);
    expect(answer.groups[0]!.notes[0]!.snippet.map((part) => part.text).join('')).toContain('Zanzibar');
  });

  it('indexes what is queued before it stops on SIGTERM, so the file it leaves is fully indexed', async () => {
    host = await startWebHostProcess(directory.path, 0, [], neverByTimer);
    await saveNoteWith('Reykjavik');
    expect(indexState('reykjavik')).toEqual({ indexed: 0, queued: 1 });
    await host.stop();
    expect(indexState('reykjavik')).toEqual({ indexed: 1, queued: 0 });
  });
});
