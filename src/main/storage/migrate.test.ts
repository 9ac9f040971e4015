import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useDatabaseFile } from '../testing/useDatabaseFile.ts';
import { DatabaseTooNewError } from './DatabaseTooNewError.ts';
import { migrations } from './migrations/migrations.ts';
import { openDatabase } from './openDatabase.ts';

const databaseFile = useDatabaseFile();

describe('migrations', () => {
  it('are listed in strictly increasing versions, stepping by 10, with a slotted-in one on a 5', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions[0]).toBe(10);
    versions.forEach((version, index) => {
      if (index === 0) return;
      const previous = versions[index - 1]!;
      expect(version).toBeGreaterThan(previous);
      // Tens, plus versions reserved between two tens for parallel work (0075 while 0070 was taken elsewhere); numbers handed out ahead may skip a few tens.
      expect(version % 5).toBe(0);
      expect(version - previous).toBeLessThanOrEqual(30);
    });
    expect(versions[0]).toBe(10);
  });

  it('bring a new file to the newest version with WAL, foreign keys and STRICT tables', () => {
    const database = openDatabase(databaseFile.path);
    expect(database.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = database
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'",
      )
      .all();
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
    database.close();
  });

  it('0010 → 0020 keeps candidates and lets interviews and notes reference them', () => {
    let database = openDatabase(databaseFile.path, { migrateTo: 10 });
    database
      .prepare(
        `INSERT INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
         VALUES ('018f0000-0000-7000-8000-000000000001', 'Zoë Kraków', 'sourced', 'x', 'x', 'x')`,
      )
      .run();
    database.close();
    database = openDatabase(databaseFile.path, { migrateTo: 20 });
    expect(database.pragma('user_version', { simple: true })).toBe(20);
    database
      .prepare(
        `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
         VALUES ('018f0000-0000-7000-8000-000000000002', '018f0000-0000-7000-8000-000000000001', '{}', 'hello', 'x', 'x')`,
      )
      .run();
    expect(() =>
      database
        .prepare(
          `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
           VALUES ('018f0000-0000-7000-8000-000000000003', 'nobody', '{}', 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    database.close();
  });

  it('0020 → 0030 indexes rows that existed before the search index, ignoring case and diacritics', () => {
    let database = openDatabase(databaseFile.path, { migrateTo: 20 });
    database
      .prepare(
        `INSERT INTO candidates (id, name, location, stage_id, created_at, updated_at, last_activity_at)
         VALUES ('018f0000-0000-7000-8000-000000000001', 'Zoë', 'Kraków', 'sourced', 'x', 'x', 'x')`,
      )
      .run();
    database
      .prepare(
        `INSERT INTO notes (id, candidate_id, document, text, created_at, updated_at)
         VALUES ('018f0000-0000-7000-8000-000000000002', '018f0000-0000-7000-8000-000000000001', '{}',
                 'Rust engineer', 'x', 'x')`,
      )
      .run();
    database.close();
    database = openDatabase(databaseFile.path);
    // External-content tables must be rebuilt for rows inserted before the index existed.
    const count = (sql: string) => (database.prepare(sql).pluck().get() as number) ?? 0;
    expect(count("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'krakow'")).toBe(1);
    expect(count("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'zoe'")).toBe(1);
    expect(count("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'rust'")).toBe(1);
    database.close();
  });

  it('refuse a database from a newer Rapport and leave the file byte-for-byte untouched', () => {
    const raw = new Database(databaseFile.path);
    raw.pragma('user_version = 9990');
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.close();
    const before = execFileSync('sha256sum', [databaseFile.path]).toString();
    expect(() => openDatabase(databaseFile.path)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(databaseFile.path)).toThrow(/newer version of Rapport/);
    expect(execFileSync('sha256sum', [databaseFile.path]).toString()).toBe(before);
  });

  it('roll back every pending migration when one fails', () => {
    const database = new Database(databaseFile.path);
    database.exec('CREATE TABLE stages (id TEXT)'); // collides with 0010
    database.close();
    expect(() => openDatabase(databaseFile.path)).toThrow(/already exists/);
    const reopened = new Database(databaseFile.path);
    expect(reopened.pragma('user_version', { simple: true })).toBe(0);
    expect(
      reopened.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'candidates'").pluck().get(),
    ).toBe(0);
    reopened.close();
  });
});
