import type Database from 'better-sqlite3-multiple-ciphers';
import { expect, it } from 'vitest';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const file = useDatabaseFile();

const ids = {
  zoe: '018f0000-0000-7000-8000-000000000001',
  gone: '018f0000-0000-7000-8000-000000000002',
  ada: '018f0000-0000-7000-8000-000000000003',
};
const documents = (database: Database.Database, match: string) =>
  database
    .prepare<[string], string>(
      `SELECT c.name FROM candidate_documents_fts f JOIN candidates c ON c.seq = f.rowid
       WHERE candidate_documents_fts MATCH ? ORDER BY c.name`,
    )
    .pluck()
    .all(match);

it('0060 → 0070 indexes each live candidate with their live notes, keeps notes_fts, and adds saved searches', () => {
  let database = openDatabase(file.path, { migrateTo: 60 });
  const insert = database.prepare(
    `INSERT INTO candidates (id, name, location, tags, stage_id, created_at, updated_at, last_activity_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, 'x', 'x', 'x', ?)`,
  );
  insert.run(ids.zoe, 'Zoë Łukasiewicz', 'Kraków', '["remote"]', 'offer', null);
  insert.run(ids.gone, 'Gone Person', 'Kraków', '[]', 'sourced', '2025-01-01');
  insert.run(ids.ada, 'Ada Lovelace', 'London', '[]', 'sourced', null);
  const note = database.prepare(
    `INSERT INTO notes (id, candidate_id, title, document, text, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, '{}', ?, 'x', 'x', ?)`,
  );
  note.run('018f0000-0000-7000-8000-000000000011', ids.zoe, 'Screen', 'Talked about Straße names', null);
  note.run('018f0000-0000-7000-8000-000000000012', ids.zoe, '', 'A deleted marmalade note', '2025-01-01');
  note.run('018f0000-0000-7000-8000-000000000013', ids.gone, '', 'Also strasse', null);
  const candidatesBefore = database.prepare('SELECT * FROM candidates ORDER BY seq').all();
  const notesBefore = database.prepare('SELECT * FROM notes ORDER BY seq').all();
  database.close();

  database = openDatabase(file.path, { migrateTo: 70 });
  expect(database.pragma('user_version', { simple: true })).toBe(70);
  expect(database.prepare('SELECT * FROM candidates ORDER BY seq').all()).toEqual(candidatesBefore);
  expect(database.prepare('SELECT * FROM notes ORDER BY seq').all()).toEqual(notesBefore);

  // Fields and notes in one document, folded; the Trash and deleted notes left out.
  expect(documents(database, 'lukasiewicz AND strasse')).toEqual(['Zoë Łukasiewicz']);
  expect(documents(database, 'location : krakow')).toEqual(['Zoë Łukasiewicz']);
  expect(documents(database, 'notes : screen')).toEqual(['Zoë Łukasiewicz']);
  expect(documents(database, 'marmalade')).toEqual([]);
  expect(documents(database, 'gone OR strasse')).toEqual(['Zoë Łukasiewicz']);
  expect(documents(database, 'tags : remote')).toEqual(['Zoë Łukasiewicz']);
  expect(documents(database, 'offer')).toEqual([]);
  expect(documents(database, 'london')).toEqual(['Ada Lovelace']);

  // notes_fts still finds every note (deleted ones too, as before), now without a prefix index.
  const notesMatching = (word: string) =>
    database.prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?').pluck().get(word);
  expect(notesMatching('strasse')).toBe(2);
  expect(notesMatching('marmalade')).toBe(1);
  const { sql } = database
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'")
    .get()!;
  expect(sql).not.toMatch(/prefix/);
  database.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  database.exec(
    "INSERT INTO candidate_documents_fts (candidate_documents_fts, rank) VALUES ('integrity-check', 1)",
  );

  const saved = database.prepare(
    "INSERT INTO saved_searches (id, name, query, created_at, updated_at) VALUES (?, ?, 'kotlin', 'x', 'x')",
  );
  saved.run('018f0000-0000-7000-8000-000000000021', 'Kotlin');
  expect(() => saved.run('018f0000-0000-7000-8000-000000000022', 'KOTLIN')).toThrow(/UNIQUE/);
  for (const table of ['saved_searches', 'candidate_documents_pending']) {
    const { sql: tableSql } = database
      .prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?')
      .get(table)!;
    expect(tableSql).toMatch(/\)\s*STRICT$/);
  }

  // Purging cascades through notes; the document goes with the candidate.
  database.prepare("UPDATE candidates SET deleted_at = 'x' WHERE id = ?").run(ids.zoe);
  expect(documents(database, 'strasse')).toEqual([]);
  database.prepare('DELETE FROM candidates WHERE id = ?').run(ids.zoe);
  expect(database.prepare('SELECT count(*) FROM candidate_documents_pending').pluck().get()).toBe(0);
  database.exec(
    "INSERT INTO candidate_documents_fts (candidate_documents_fts, rank) VALUES ('integrity-check', 1)",
  );
  database.close();
});
