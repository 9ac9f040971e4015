import { expect, it } from 'vitest';
import { insertCandidateRow } from '../../testing/insertCandidateRow.ts';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';
import { migrations } from './migrations.ts';

const previousVersion = migrations.filter((migration) => migration.version < 140).at(-1)!.version;

const databaseFile = useDatabaseFile();

const ada = '018f0000-0000-7000-8000-000000000001';
const adaNote = '018f0000-0000-7000-8000-000000000004';

it(`${previousVersion} → 140 keeps every note as it was, and a note's changes go with it`, () => {
  let database = openDatabase(databaseFile.path, { migrateTo: previousVersion });
  insertCandidateRow(database, ada, 'Ada Lovelace');
  database
    .prepare(
      `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
       VALUES (?, ?, '{"type":"doc","content":[]}', '', 'x', 'x')`,
    )
    .run(adaNote, ada);
  const before = database.prepare('SELECT id, document, save_sequence FROM notes').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 140 });
  expect(database.pragma('user_version', { simple: true })).toBe(140);
  expect(database.prepare('SELECT id, document, save_sequence FROM notes').all()).toEqual(before);
  const seq = database.prepare('SELECT seq FROM notes WHERE id = ?').pluck().get(adaNote);
  const addChange = (from: number) =>
    database
      .prepare(
        `INSERT INTO note_changes (note_seq, sequence, from_block, removed, blocks) VALUES (?, 1, ?, 0, '[]')`,
      )
      .run(seq, from);
  addChange(0);
  expect(() => addChange(-1)).toThrow();
  database.prepare('DELETE FROM notes WHERE id = ?').run(adaNote);
  expect(database.prepare('SELECT count(*) FROM note_changes').pluck().get()).toBe(0);
  database.close();
});
