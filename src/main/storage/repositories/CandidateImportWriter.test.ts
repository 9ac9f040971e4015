import { describe, expect, it } from 'vitest';
import { useTestBackend } from '../../testing/useTestBackend.ts';
import { CandidateImportWriter } from './CandidateImportWriter.ts';

const backend = useTestBackend();
const now = '2026-05-01T10:00:00.000Z';

describe('CandidateImportWriter', () => {
  it('writes a batch with notes as paragraphs, skips an email taken meanwhile, and says which', () => {
    const writer = new CandidateImportWriter(backend.database);
    backend.database
      .prepare(
        `INSERT INTO candidates (id, name, email, stage_id, created_at, updated_at, last_activity_at)
         VALUES ('018f0000-0000-7000-8000-000000000001', 'Here Already', 'taken@example.org', 'sourced', 'x', 'x', 'x')`,
      )
      .run();
    const result = writer.writeBatch(
      [
        {
          candidate: { name: 'Ada', email: 'ada@example.org' },
          notes: [{ title: 'Imported notes', text: 'one\n\ntwo' }],
        },
        { candidate: { name: 'Taken', email: 'taken@example.org' }, notes: [] },
      ],
      now,
    );
    expect(result).toMatchObject({ notes: 1, taken: [1] });
    expect(result.ids).toHaveLength(1);
    const note = backend.database.prepare('SELECT title, document, text FROM notes').get() as Record<
      string,
      string
    >;
    expect(note.title).toBe('Imported notes');
    expect(note.text).toBe('one\n\ntwo');
    expect((JSON.parse(note.document!) as { content: unknown[] }).content).toHaveLength(3);
  });

  it('takes back, after a dead worker, only what that import created and nobody changed since', () => {
    const writer = new CandidateImportWriter(backend.database);
    const { ids } = writer.writeBatch(
      [
        { candidate: { name: 'Ada' }, notes: [] },
        { candidate: { name: 'Grace' }, notes: [] },
      ],
      now,
    );
    backend.database
      .prepare("UPDATE candidates SET updated_at = '2026-05-01T10:05:00.000Z' WHERE id = ?")
      .run(ids[1]!);
    writer.writeBatch([{ candidate: { name: 'Another import' }, notes: [] }], '2026-05-01T11:00:00.000Z');
    expect(writer.removeUnfinished(now)).toBe(1);
    expect(backend.database.prepare('SELECT name FROM candidates ORDER BY name').pluck().all()).toEqual([
      'Another import',
      'Grace',
    ]);
  });
});
