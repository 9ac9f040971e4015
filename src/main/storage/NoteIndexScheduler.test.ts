import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';
import { NoteIndexScheduler } from './NoteIndexScheduler.ts';
import { openDatabase } from './openDatabase.ts';
import { createRepositories } from './repositories/createRepositories.ts';

const delayMs = 3000;
const candidateId = '018f0000-0000-7000-8000-000000000001';
const documentWith = (text: string): NoteDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let directory: ReturnType<typeof temporaryDirectory>;
let file: string;
let opened: Array<{ database: Database; scheduler: NoteIndexScheduler }> = [];
beforeEach(() => {
  directory = temporaryDirectory();
  file = path.join(directory.path, 'rapport.sqlite3');
});
afterEach(() => {
  for (const session of opened) {
    session.scheduler.stop();
    if (session.database.open) session.database.close();
  }
  opened = [];
  directory.remove();
});

/** The real file, its repositories and a scheduler whose clock the test moves. */
function open() {
  const database = openDatabase(file, { key: testDatabaseKey.key });
  const repositories = createRepositories(database, { noteRevisionIntervalMs: 60_000 });
  const clock = { now: Date.now() };
  const scheduler = new NoteIndexScheduler(repositories.noteIndex, { delayMs, now: () => clock.now });
  const found = (word: string) =>
    database.prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?').pluck().get(word) as number;
  const queued = () => database.prepare('SELECT count(*) FROM note_index_queue').pluck().get() as number;
  const session = { database, repositories, clock, scheduler, found, queued };
  opened.push(session);
  return session;
}

function seedNote(session: ReturnType<typeof open>, text: string): string {
  session.database
    .prepare(
      `INSERT OR IGNORE INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, 'Ada Łódź', 'sourced', 'x', 'x', 'x')`,
    )
    .run(candidateId);
  return session.repositories.notes.insert({ candidateId, interviewId: null, document: documentWith(text) });
}

describe('NoteIndexScheduler', () => {
  it('keeps text and indexing out of the save, and derives and indexes the new text once the note has waited', () => {
    const session = open();
    const noteId = seedNote(session, 'first draft');
    const text = () =>
      session.database.prepare('SELECT text FROM notes WHERE id = ?').pluck().get(noteId) as string;
    // A new note is indexed by its insert.
    expect(session.found('draft')).toBe(1);

    session.repositories.notes.save(noteId, documentWith('knows kubernetes'), 1);
    expect(session.repositories.notes.get(noteId).document).toEqual(documentWith('knows kubernetes'));
    expect(text()).toBe('first draft');
    expect(session.found('kubernetes')).toBe(0);
    expect(session.found('draft')).toBe(1);
    expect(session.queued()).toBe(1);

    expect(session.scheduler.tick()).toBe(0);
    session.clock.now += delayMs + 1000;
    expect(session.scheduler.tick()).toBe(1);
    expect(text()).toBe('knows kubernetes');
    expect(session.found('kubernetes')).toBe(1);
    expect(session.found('draft')).toBe(0);
    expect(session.queued()).toBe(0);
    session.database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('coalesces a burst of autosaves into one queued note, indexed once, and re-queues the next change', () => {
    const session = open();
    const noteId = seedNote(session, '');
    for (let sequence = 1; sequence <= 20; sequence += 1)
      session.repositories.notes.save(noteId, documentWith(`word${sequence}`), sequence);
    expect(session.queued()).toBe(1);
    session.clock.now += delayMs + 1000;
    expect(session.scheduler.tick()).toBe(1);
    expect(session.scheduler.tick()).toBe(0);
    expect(session.found('word20')).toBe(1);
    expect(session.found('word19')).toBe(0);

    // The next change queues it again, for one more index after its own wait.
    const at = new Date(session.clock.now).toISOString();
    session.repositories.notes.save(noteId, documentWith('word21'), 21, at);
    expect(session.queued()).toBe(1);
    expect(session.scheduler.tick()).toBe(0);
    session.clock.now += delayMs;
    expect(session.scheduler.tick()).toBe(1);
  });

  it('brings search up to date before it reads, whatever the scheduler has got to', () => {
    const session = open();
    const noteId = seedNote(session, '');
    session.repositories.notes.save(noteId, documentWith('Speaks fluent Basque'), 1);
    session.repositories.searchIndex.refreshDocuments();
    expect(session.found('basque')).toBe(1);
    expect(session.repositories.searchIndex.documentCount('basque')).toBe(1);
    expect(session.queued()).toBe(0);
  });

  it('indexes one note at once on request, and leaves a note with nothing queued alone', () => {
    const session = open();
    const noteId = seedNote(session, '');
    expect(session.repositories.noteIndex.indexNote(noteId)).toBe(false);
    session.repositories.notes.save(noteId, documentWith('Ruby on Rails'), 1);
    expect(session.repositories.noteIndex.indexNote(noteId)).toBe(true);
    expect(session.found('rails')).toBe(1);
    expect(() => session.repositories.noteIndex.indexNote('018f0000-0000-7000-8000-0000000000ff')).toThrow(
      /No note/,
    );
  });

  it('at start, indexes every note a previous run saved but never indexed, folded like the rest of search', () => {
    const first = open();
    const noteId = seedNote(first, '');
    first.repositories.notes.save(noteId, documentWith('Relocating to Łódź'), 1);
    expect(first.found('lodz')).toBe(0);
    // The process dies here: no flush, no close of the scheduler.
    first.scheduler.stop();
    first.database.close();

    const second = open();
    expect(second.queued()).toBe(1);
    expect(second.scheduler.start()).toBe(1);
    expect(second.found('lodz')).toBe(1);
    expect(second.queued()).toBe(0);
  });

  it('flushes every queued note before closing, whenever it was queued', () => {
    const session = open();
    const ids = [seedNote(session, ''), seedNote(session, '')];
    ids.forEach((id, index) => session.repositories.notes.save(id, documentWith(`flushed${index}`), 1));
    expect(session.scheduler.flush()).toBe(2);
    expect(session.found('flushed0') + session.found('flushed1')).toBe(2);
    session.scheduler.stop();
    expect(session.scheduler.flush()).toBe(0);
  });

  it('drops a purged note from the index and the queue at once', () => {
    const session = open();
    const noteId = seedNote(session, 'purge me');
    session.repositories.notes.save(noteId, documentWith('purged words'), 1);
    session.database.prepare('DELETE FROM notes WHERE id = ?').run(noteId);
    expect(session.queued()).toBe(0);
    expect(session.found('purge')).toBe(0);
    session.clock.now += delayMs + 1000;
    expect(session.scheduler.tick()).toBe(0);
    expect(session.found('purged')).toBe(0);
  });
});
