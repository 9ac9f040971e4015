import { expect, it } from 'vitest';
import { insertCandidateRow } from '../../testing/insertCandidateRow.ts';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';
import { migrations } from './migrations.ts';

const previousVersion = migrations.filter((migration) => migration.version < 130).at(-1)!.version;

const databaseFile = useDatabaseFile();

const ada = '018f0000-0000-7000-8000-000000000001';
const adaInterview = '018f0000-0000-7000-8000-000000000003';

it(`${previousVersion} → 130 keeps every interview, adds recordings, and a recording goes with its interview`, () => {
  let database = openDatabase(databaseFile.path, { migrateTo: previousVersion });
  insertCandidateRow(database, ada, 'Ada Lovelace');
  database
    .prepare(
      `INSERT INTO interviews (id, candidate_id, title, status, created_at, updated_at)
       VALUES (?, ?, 'Screen', 'done', 'x', 'x')`,
    )
    .run(adaInterview, ada);
  const before = database.prepare('SELECT id, title, status FROM interviews').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 130 });
  expect(database.pragma('user_version', { simple: true })).toBe(130);
  expect(database.prepare('SELECT id, title, status FROM interviews').all()).toEqual(before);
  database
    .prepare(
      `INSERT INTO recordings (interview_id, consent, state, created_at, updated_at)
       VALUES (?, 'accepted', 'recording', 'x', 'x')`,
    )
    .run(adaInterview);
  expect(database.prepare('SELECT speech, duration_ms FROM recordings').get()).toEqual({
    speech: '{"recruiter":[],"candidate":[]}',
    duration_ms: 0,
  });
  expect(() =>
    database
      .prepare(
        `INSERT INTO recordings (interview_id, consent, state, created_at, updated_at)
         VALUES (?, 'maybe', 'none', 'x', 'x')`,
      )
      .run(adaInterview),
  ).toThrow();
  database.prepare('DELETE FROM interviews WHERE id = ?').run(adaInterview);
  expect(database.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 0 });
  database.close();
});
