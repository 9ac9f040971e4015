import { expect, it } from 'vitest';
import { insertCandidateRow } from '../../testing/insertCandidateRow.ts';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const databaseFile = useDatabaseFile();

it('0110 → 0120 keeps every note searchable, and a changed note waits in the queue instead of re-indexing', () => {
  let database = openDatabase(databaseFile.path, { migrateTo: 110 });
  insertCandidateRow(database, '018f0000-0000-7000-8000-000000000001', 'Zoë', 'sourced');
  database
    .prepare(
      `INSERT INTO notes (id, candidate_id, title, document, text, created_at, updated_at)
       VALUES ('018f0000-0000-7000-8000-000000000002', '018f0000-0000-7000-8000-000000000001', 'Screen',
         '{}', 'Lives in Łódź, knows Erlang', 'x', 'x')`,
    )
    .run();
  const before = database.prepare('SELECT * FROM notes').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 120 });
  const found = (word: string) =>
    database.prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?').pluck().get(word);
  const queued = () =>
    database.prepare('SELECT note_seq, queued_at, document_changed FROM note_index_queue').all();
  expect(database.pragma('user_version', { simple: true })).toBe(120);
  expect(database.prepare('SELECT * FROM notes').all()).toEqual(before);
  expect(found('erlang')).toBe(1);
  expect(found('lodz')).toBe(1);
  expect(found('title : screen')).toBe(1);
  expect(queued()).toEqual([]);

  database.prepare("UPDATE notes SET text = 'Knows Elixir' WHERE seq = 1").run();
  expect(found('elixir')).toBe(0);
  expect(found('erlang')).toBe(1);
  expect(queued()).toEqual([
    { note_seq: 1, queued_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/), document_changed: 0 },
  ]);
  // Other columns (the sequence, the document alone) queue nothing more.
  database.prepare('UPDATE notes SET save_sequence = 9').run();
  expect(queued()).toHaveLength(1);

  const inserted = database
    .prepare(
      `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
       VALUES ('018f0000-0000-7000-8000-000000000003', '018f0000-0000-7000-8000-000000000001', '{}',
         'Speaks Portuguese', 'x', 'x')`,
    )
    .run();
  expect(found('portuguese')).toBe(1);
  database.prepare('DELETE FROM notes WHERE seq = ?').run(inserted.lastInsertRowid);
  expect(found('portuguese')).toBe(0);
  database.prepare('DELETE FROM notes WHERE seq = 1').run();
  expect(queued()).toEqual([]);
  expect(found('erlang')).toBe(0);
  database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  database.close();
});
