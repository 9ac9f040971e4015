import { expect, it } from 'vitest';
import { kitDefinition } from '../../../shared/schemas/kitDefinition.ts';
import { useDatabaseFile } from '../../testing/useDatabaseFile.ts';
import { openDatabase } from '../openDatabase.ts';

const databaseFile = useDatabaseFile();

const candidateId = '018f0000-0000-7000-8000-000000000001';
const plannedId = '018f0000-0000-7000-8000-000000000002';
const notedId = '018f0000-0000-7000-8000-000000000003';
const noteId = '018f0000-0000-7000-8000-000000000004';

it('0040 → 0050 seeds three valid kits and gives every older interview notes and a scorecard, keeping old rows', () => {
  let database = openDatabase(databaseFile.path, { migrateTo: 40 });
  database
    .prepare(
      `INSERT INTO candidates (id, name, stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, 'Zoë Kraków', 'interviewing', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
    )
    .run(candidateId);
  const insertInterview = database.prepare(
    `INSERT INTO interviews (id, candidate_id, title, status, created_at, updated_at)
     VALUES (?, ?, ?, 'done', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')`,
  );
  insertInterview.run(plannedId, candidateId, 'Phone screen');
  insertInterview.run(notedId, candidateId, 'Onsite');
  database
    .prepare(
      `INSERT INTO notes (id, candidate_id, interview_id, document, text, created_at, updated_at)
       VALUES (?, ?, ?, '{"type":"doc","content":[]}', 'Strong Rust background', 'x', 'x')`,
    )
    .run(noteId, candidateId, notedId);
  const before = database.prepare('SELECT * FROM notes ORDER BY seq').all();
  database.close();

  database = openDatabase(databaseFile.path, { migrateTo: 50 });
  expect(database.pragma('user_version', { simple: true })).toBe(50);

  const kits = database
    .prepare<[], { name: string; definition: string; built_in: number }>(
      'SELECT name, definition, built_in FROM kits ORDER BY name',
    )
    .all();
  expect(kits.map((kit) => kit.name)).toEqual([
    'Recruiter phone screen',
    'Technical interview',
    'Values and motivation',
  ]);
  for (const kit of kits) {
    expect(kit.built_in).toBe(1);
    const definition = kitDefinition.parse(JSON.parse(kit.definition));
    expect(definition.sections.length).toBeGreaterThan(2);
    expect(
      definition.attributeCategories.flatMap((category) => category.attributes).length,
    ).toBeGreaterThanOrEqual(5);
  }

  // The note that existed is untouched apart from its new sequence column; the interview without notes got some.
  const after = database.prepare('SELECT * FROM notes ORDER BY seq').all() as Array<Record<string, unknown>>;
  expect(after[0]).toEqual({ ...(before[0] as object), save_sequence: 0, evidence_digest: '' });
  expect(after).toHaveLength(2);
  expect(after[1]).toMatchObject({ interview_id: plannedId, candidate_id: candidateId, text: '' });
  expect(database.prepare('SELECT interview_id FROM scorecards ORDER BY interview_id').pluck().all()).toEqual(
    [plannedId, notedId],
  );
  expect(database.prepare('SELECT kit_snapshot FROM interviews').pluck().all()).toEqual([null, null]);
  expect(database.prepare("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'rust'").pluck().get()).toBe(
    1,
  );

  // Purging the candidate takes everything of theirs with it.
  database.prepare('DELETE FROM candidates WHERE id = ?').run(candidateId);
  for (const table of ['interviews', 'notes', 'scorecards', 'note_revisions', 'note_evidence']) {
    expect(database.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
  }
  database.close();
});
