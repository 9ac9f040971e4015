import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const databaseFile = useDatabaseFile();

const count = (database: Database.Database, sql: string, ...parameters: unknown[]) =>
  database
    .prepare(sql)
    .pluck()
    .get(...parameters) as number;

describe('0030 → 0040 candidate history', () => {
  it('keeps every row, mirrors tags, counts candidates and re-indexes search with folded letters', () => {
    let database = openDatabase(databaseFile.path, { migrateTo: 30 });
    const insert = database.prepare(
      `INSERT INTO candidates (id, name, location, role, tags, stage_id, created_at, updated_at, last_activity_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, 'x', 'x', ?, ?)`,
    );
    insert.run(
      '018f0000-0000-7000-8000-000000000001',
      'Łukasz Søren',
      'Łódź',
      'Engineer',
      '["remote","Remote","senior"]',
      'screening',
      '2025-01-01',
      null,
    );
    insert.run(
      '018f0000-0000-7000-8000-000000000002',
      'Zoë',
      'Kraków',
      'engineer',
      '["remote"]',
      'sourced',
      '2025-01-01',
      null,
    );
    insert.run(
      '018f0000-0000-7000-8000-000000000003',
      'Gone',
      null,
      null,
      '[]',
      'sourced',
      '2025-01-01',
      '2025-02-01',
    );
    database
      .prepare(
        `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
         VALUES ('018f0000-0000-7000-8000-000000000004', '018f0000-0000-7000-8000-000000000001', '{}',
                 'Große Straße, ærlig', '2025-01-02', '2025-01-02')`,
      )
      .run();
    const before = database.prepare('SELECT * FROM candidates ORDER BY seq').all();
    database.close();

    database = openDatabase(databaseFile.path, { migrateTo: 40 });
    expect(database.pragma('user_version', { simple: true })).toBe(40);
    expect(database.prepare('SELECT * FROM candidates ORDER BY seq').all()).toEqual(before);
    expect(
      database.prepare('SELECT tag, candidate_seq FROM candidate_tags ORDER BY candidate_seq, tag').all(),
    ).toEqual([
      { tag: 'remote', candidate_seq: 1 },
      { tag: 'senior', candidate_seq: 1 },
      { tag: 'remote', candidate_seq: 2 },
    ]);
    expect(count(database, "SELECT sum(count) FROM candidate_counts WHERE tag = '' AND deleted = 0")).toBe(2);
    expect(
      count(
        database,
        "SELECT sum(count) FROM candidate_counts WHERE tag = '' AND deleted = 0 AND role = 'ENGINEER'",
      ),
    ).toBe(2);
    expect(
      count(database, "SELECT sum(count) FROM candidate_counts WHERE tag = 'REMOTE' AND deleted = 0"),
    ).toBe(2);
    expect(count(database, 'SELECT sum(count) FROM candidate_counts WHERE deleted = 1')).toBe(1);
    const matches = (table: string, query: string) =>
      count(database, `SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`, query);
    expect(matches('candidates_fts', 'lukasz')).toBe(1);
    expect(matches('candidates_fts', 'soren')).toBe(1);
    expect(matches('candidates_fts', 'lodz')).toBe(1);
    expect(matches('candidates_fts', 'krakow')).toBe(1);
    expect(matches('candidates_fts', 'zoe')).toBe(1);
    expect(matches('notes_fts', 'strasse')).toBe(1);
    expect(matches('notes_fts', 'aerlig')).toBe(1);
    database.exec("INSERT INTO candidates_fts (candidates_fts, rank) VALUES ('integrity-check', 1)");
    database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
    // A note is activity: it moves its candidate up the "last activity" order.
    database
      .prepare(
        `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
         VALUES ('018f0000-0000-7000-8000-000000000005', '018f0000-0000-7000-8000-000000000002', '{}', 'x',
                 '2025-06-01', '2025-06-01')`,
      )
      .run();
    expect(count(database, 'SELECT last_activity_at FROM candidates WHERE seq = 2')).toBe('2025-06-01');
    database.close();
  });
});
