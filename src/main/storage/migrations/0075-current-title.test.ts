import { expect, it } from 'vitest';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const databaseFile = useDatabaseFile();

const match = (database: ReturnType<typeof openDatabase>, query: string) =>
  database.prepare('SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?').pluck().get(query);

it('0060 → 0075 keeps every candidate and their search, and indexes a current title, folded', () => {
  let database = openDatabase(databaseFile.path, { migrateTo: 60 });
  database
    .prepare(
      `INSERT INTO candidates (id, name, location, stage_id, created_at, updated_at, last_activity_at)
       VALUES ('018f0000-0000-7000-8000-000000000001', 'Łukasz Żółw', 'Kraków', 'sourced', 'x', 'x', 'x')`,
    )
    .run();
  const before = database.prepare('SELECT id, name, location FROM candidates').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 75 });
  expect(database.pragma('user_version', { simple: true })).toBe(75);
  expect(database.prepare('SELECT id, name, location FROM candidates').all()).toEqual(before);
  expect(database.prepare('SELECT current_title FROM candidates').pluck().get()).toBeNull();
  expect(match(database, 'lukasz')).toBe(1);
  expect(match(database, 'krakow')).toBe(1);

  database.prepare("UPDATE candidates SET current_title = 'Główna Inżynier'").run();
  expect(match(database, 'current_title : glowna')).toBe(1);
  expect(match(database, 'name : glowna')).toBe(0);
  database.prepare("UPDATE candidates SET current_title = 'Staff Engineer'").run();
  expect(match(database, 'current_title : glowna')).toBe(0);
  expect(match(database, 'current_title : staff')).toBe(1);
  database.exec("INSERT INTO candidates_fts (candidates_fts, rank) VALUES ('integrity-check', 1)");
  database.prepare('DELETE FROM candidates').run();
  expect(match(database, 'staff')).toBe(0);
  database.close();
});
