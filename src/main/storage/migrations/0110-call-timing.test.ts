import { expect, it } from 'vitest';
import { insertCandidateRow } from '../../testing/insertCandidateRow.ts';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';
import { migrations } from './migrations.ts';

const previousVersion = migrations.filter((migration) => migration.version < 110).at(-1)!.version;

const databaseFile = useDatabaseFile();

it(`${previousVersion} → 110 keeps every interview and scorecard, with no call times or rating notes yet`, () => {
  let database = openDatabase(databaseFile.path, { migrateTo: previousVersion });
  insertCandidateRow(database, '018f0000-0000-7000-8000-000000000001', 'Ada Lovelace', 'sourced');
  database
    .prepare(
      `INSERT INTO interviews (id, candidate_id, title, status, started_at, ended_at, duration_seconds, created_at,
         updated_at)
       VALUES ('018f0000-0000-7000-8000-000000000002', '018f0000-0000-7000-8000-000000000001', 'Screen', 'done',
         '2026-03-02T10:00:00.000Z', '2026-03-02T10:07:00.000Z', 420, 'x', 'x')`,
    )
    .run();
  database
    .prepare(
      `INSERT INTO scorecards (id, interview_id, ratings, recommendation, revision, submitted_at, created_at, updated_at)
       VALUES ('018f0000-0000-7000-8000-000000000003', '018f0000-0000-7000-8000-000000000002', '{"a":"yes"}', 'yes',
         1, 'x', 'x', 'x')`,
    )
    .run();
  database
    .prepare(
      `INSERT INTO scorecard_revisions (scorecard_id, revision, ratings, recommendation, takeaways, private_note,
         submitted_at)
       VALUES ('018f0000-0000-7000-8000-000000000003', 1, '{"a":"yes"}', 'yes', '', '', 'x')`,
    )
    .run();
  const cardsBefore = database.prepare('SELECT id, ratings, recommendation, revision FROM scorecards').all();
  const columns = 'id, candidate_id, title, status, started_at, ended_at, duration_seconds';
  const before = database.prepare(`SELECT ${columns} FROM interviews`).all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 110 });
  expect(database.pragma('user_version', { simple: true })).toBe(110);
  expect(database.prepare(`SELECT ${columns} FROM interviews`).all()).toEqual(before);
  expect(database.prepare('SELECT call_connected_at, call_ended_at FROM interviews').get()).toEqual({
    call_connected_at: null,
    call_ended_at: null,
  });
  database
    .prepare("UPDATE interviews SET call_connected_at = '2026-03-02T10:04:33.000Z', call_ended_at = ?")
    .run('2026-03-02T10:07:00.000Z');
  expect(database.prepare('SELECT started_at, duration_seconds FROM interviews').get()).toEqual({
    started_at: '2026-03-02T10:00:00.000Z',
    duration_seconds: 420,
  });
  expect(database.prepare('SELECT id, ratings, recommendation, revision FROM scorecards').all()).toEqual(
    cardsBefore,
  );
  expect(database.prepare('SELECT rating_notes FROM scorecards').pluck().get()).toBe('{}');
  expect(database.prepare('SELECT rating_notes FROM scorecard_revisions').pluck().get()).toBe('{}');
  expect(() => database.prepare("UPDATE scorecards SET rating_notes = 'not json'").run()).toThrow(/CHECK/);
  database.close();
});
