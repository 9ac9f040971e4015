import { expect, it } from 'vitest';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';
import { migrations } from './migrations.ts';

// The version right before 100 in this branch; other branches may slot 70–90 in between.
const previousVersion = migrations.filter((migration) => migration.version < 100).at(-1)!.version;

const databaseFile = useDatabaseFile();

const ada = '018f0000-0000-7000-8000-000000000001';
const bea = '018f0000-0000-7000-8000-000000000002';
const adaInterview = '018f0000-0000-7000-8000-000000000003';
const beaInterview = '018f0000-0000-7000-8000-000000000004';

it(`${previousVersion} → 100 keeps every row, and candidates interviewed with no answer start out waiting`, () => {
  let database = openDatabase(databaseFile.path, { migrateTo: previousVersion });
  const insertCandidate = database.prepare(
    `INSERT INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
     VALUES (?, ?, 'interviewing', 'x', 'x', 'x')`,
  );
  insertCandidate.run(ada, 'Ada Lovelace');
  insertCandidate.run(bea, 'Bea Bishop');
  const insertInterview = database.prepare(
    `INSERT INTO interviews (id, candidate_id, title, status, ended_at, created_at, updated_at)
     VALUES (?, ?, 'Screen', ?, ?, 'x', 'x')`,
  );
  insertInterview.run(adaInterview, ada, 'done', '2026-03-02T10:00:00.000Z');
  insertInterview.run(beaInterview, bea, 'planned', null);
  const candidatesBefore = database.prepare('SELECT id, name, stage_id FROM candidates ORDER BY id').all();
  const interviewsBefore = database
    .prepare('SELECT id, title, status, ended_at FROM interviews ORDER BY id')
    .all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 100 });
  expect(database.pragma('user_version', { simple: true })).toBe(100);
  expect(database.prepare('SELECT id, name, stage_id FROM candidates ORDER BY id').all()).toEqual(
    candidatesBefore,
  );
  expect(database.prepare('SELECT id, title, status, ended_at FROM interviews ORDER BY id').all()).toEqual(
    interviewsBefore,
  );
  expect(database.prepare('SELECT time_zone FROM candidates WHERE id = ?').get(ada)).toEqual({
    time_zone: null,
  });
  expect(
    database.prepare('SELECT invite_sequence, cancelled_at FROM interviews WHERE id = ?').get(beaInterview),
  ).toEqual({
    invite_sequence: 0,
    cancelled_at: null,
  });
  // Ada's interview ended with no answer: she waits from its end. Bea's is only planned.
  expect(
    database.prepare('SELECT candidate_id, since, reason, interview_id FROM candidate_waits').all(),
  ).toEqual([
    { candidate_id: ada, since: '2026-03-02T10:00:00.000Z', reason: 'interview', interview_id: adaInterview },
  ]);

  // A touchpoint after the interview answers it, and records when.
  database
    .prepare(
      `INSERT INTO touchpoints (id, candidate_id, kind, title, happened_at)
       VALUES ('018f0000-0000-7000-8000-000000000005', ?, 'feedback_sent', 'Feedback sent', '2026-03-03T09:00:00.000Z')`,
    )
    .run(ada);
  expect(database.prepare('SELECT count(*) AS count FROM candidate_waits').get()).toEqual({ count: 0 });
  expect(database.prepare('SELECT answered_at FROM interviews WHERE id = ?').get(adaInterview)).toEqual({
    answered_at: '2026-03-03T09:00:00.000Z',
  });

  // A follow-up puts Bea on the list with its due day; marking it done takes her off.
  database
    .prepare(
      `INSERT INTO follow_ups (id, candidate_id, title, due_on, origin, created_at, updated_at)
       VALUES ('018f0000-0000-7000-8000-000000000006', ?, 'Send the take-home', '2026-03-04', 'profile', 'x', 'x')`,
    )
    .run(bea);
  expect(database.prepare('SELECT candidate_id, since, due_on FROM candidate_waits').all()).toEqual([
    { candidate_id: bea, since: null, due_on: '2026-03-04' },
  ]);
  expect(() =>
    database
      .prepare(
        `INSERT INTO follow_ups (id, candidate_id, title, due_on, origin, created_at, updated_at)
         VALUES ('018f0000-0000-7000-8000-000000000007', ?, 'x', 'tomorrow', 'profile', 'x', 'x')`,
      )
      .run(bea),
  ).toThrow(/CHECK/);
  database.prepare("UPDATE follow_ups SET done_at = 'x'").run();
  expect(database.prepare('SELECT count(*) AS count FROM candidate_waits').get()).toEqual({ count: 0 });

  // Purging a candidate takes every new row of theirs with them, triggers and all.
  database.prepare('DELETE FROM candidates WHERE id = ?').run(ada);
  for (const table of ['touchpoints', 'candidate_waits', 'interview_rooms', 'feedback']) {
    expect(
      database
        .prepare(
          `SELECT count(*) AS count FROM ${table} WHERE ${table === 'interview_rooms' ? 'interview_id' : 'candidate_id'} = ?`,
        )
        .get(table === 'interview_rooms' ? adaInterview : ada),
    ).toEqual({ count: 0 });
  }
  for (const table of ['interview_rooms', 'touchpoints', 'follow_ups', 'feedback', 'candidate_waits']) {
    const { sql } = database
      .prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?')
      .get(table)!;
    expect(sql).toMatch(/\)\s*STRICT$/);
  }
  expect(database.pragma('foreign_key_check')).toEqual([]);
  expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  database.close();
});
