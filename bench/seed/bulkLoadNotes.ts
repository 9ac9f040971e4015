import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../../src/main/storage/newId.ts';

export type SeedNote = { candidateId: string; text: string; createdAt: string };

/**
 * Loads many notes the way a bulk restore would: with the per-row index triggers off, then one bulk write
 * of notes_fts (about 3× faster than 300k trigger inserts) and one re-write of every candidate's document, then
 * the triggers back exactly as the schema defines them. Seeding only; the app itself always writes through the
 * triggers.
 */
export function bulkLoadNotes(database: Database, notes: Iterable<SeedNote>): void {
  const triggers = database
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'notes' AND name IN ('notes_fts_insert', 'notes_touch_candidate', 'candidate_documents_note_insert')",
    )
    .all();
  database.transaction(() => {
    for (const trigger of triggers) database.exec(`DROP TRIGGER ${trigger.name}`);
    const insert = database.prepare(
      `INSERT INTO notes (id, candidate_id, title, document, text, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?, ?)`,
    );
    for (const note of notes) {
      const document = JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: note.text }] }],
      });
      insert.run(newId(), note.candidateId, document, note.text, note.createdAt, note.createdAt);
    }
    for (const trigger of triggers) database.exec(trigger.sql);
    // notes_fts is contentless (0095): no 'rebuild', so its rows are written from the folded view in one go.
    database.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('delete-all');
      INSERT INTO notes_fts (rowid, title, text) SELECT seq, title, text FROM notes_search;`);
    const columns = 'name, email, phone, location, role, source, tags, title, stage, notes';
    database.exec(`INSERT INTO candidate_documents_fts (candidate_documents_fts) VALUES ('delete-all');
      INSERT INTO candidate_documents_fts (rowid, ${columns}) SELECT seq, ${columns} FROM candidate_documents;`);
    database.exec(`UPDATE candidates SET last_activity_at = latest.at
      FROM (SELECT candidate_id, max(created_at) AS at FROM notes GROUP BY candidate_id) AS latest
      WHERE latest.candidate_id = candidates.id AND latest.at > candidates.last_activity_at`);
  })();
}
