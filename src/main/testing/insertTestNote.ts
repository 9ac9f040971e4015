import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../storage/newId.ts';

/** A note row written straight to the table, as tests of search, timeline and export need; returns its id. */
export function insertTestNote(
  database: Database,
  note: {
    candidateId: string;
    text: string;
    createdAt?: string;
    interviewId?: string | null;
    title?: string;
  },
): string {
  const id = newId();
  const at = note.createdAt ?? new Date().toISOString();
  database
    .prepare(
      `INSERT INTO notes (id, candidate_id, interview_id, title, document, text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      note.candidateId,
      note.interviewId ?? null,
      note.title ?? '',
      JSON.stringify({ type: 'doc' }),
      note.text,
      at,
      at,
    );
  return id;
}
