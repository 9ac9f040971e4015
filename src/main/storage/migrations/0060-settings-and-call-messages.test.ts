import { expect, it } from 'vitest';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const databaseFile = useDatabaseFile();

const candidateId = '018f0000-0000-7000-8000-000000000001';
const interviewId = '018f0000-0000-7000-8000-000000000002';

it('0050 → 0060 keeps interviews, adds settings and chat kept per interview, deleted with it', () => {
  let database = openDatabase(databaseFile.path, { migrateTo: 50 });
  database
    .prepare(
      `INSERT INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, 'Zoë Kraków', 'sourced', 'x', 'x', 'x')`,
    )
    .run(candidateId);
  database
    .prepare(
      `INSERT INTO interviews (id, candidate_id, title, status, created_at, updated_at)
       VALUES (?, ?, 'Screen', 'planned', 'x', 'x')`,
    )
    .run(interviewId, candidateId);
  const before = database.prepare('SELECT id, title, status FROM interviews').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 60 });
  expect(database.pragma('user_version', { simple: true })).toBe(60);
  expect(database.prepare('SELECT id, title, status FROM interviews').all()).toEqual(before);

  database
    .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('recruiter.name', 'Rita', 'x')")
    .run();
  const insertMessage = database.prepare(
    `INSERT INTO call_messages (id, interview_id, message_key, author, author_name, text, sent_at, created_at)
     VALUES (?, ?, ?, ?, 'Cara', 'Hello', 'x', 'x')`,
  );
  insertMessage.run('018f0000-0000-7000-8000-000000000003', interviewId, 'm1', 'candidate');
  expect(() =>
    insertMessage.run('018f0000-0000-7000-8000-000000000004', interviewId, 'm1', 'candidate'),
  ).toThrow(/UNIQUE/);
  expect(() =>
    insertMessage.run('018f0000-0000-7000-8000-000000000005', interviewId, 'm2', 'someone'),
  ).toThrow(/CHECK/);
  expect(() =>
    insertMessage.run(
      '018f0000-0000-7000-8000-000000000006',
      '018f0000-0000-7000-8000-00000000ffff',
      'm3',
      'recruiter',
    ),
  ).toThrow(/FOREIGN KEY/);

  database.prepare('DELETE FROM interviews WHERE id = ?').run(interviewId);
  expect(database.prepare('SELECT count(*) AS count FROM call_messages').get()).toEqual({ count: 0 });
  for (const table of ['settings', 'call_messages']) {
    const { sql } = database
      .prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?')
      .get(table)!;
    expect(sql).toMatch(/\)\s*STRICT$/);
  }
  database.close();
});
