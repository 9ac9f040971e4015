import type { Database, Statement } from 'better-sqlite3';
import type { ImportedCandidate } from '../../../shared/import/mapImportRow.ts';
import type { ImportedNote } from '../../../shared/import/ImportedNote.ts';
import { noteDocumentText } from '../../../shared/notes/noteDocumentText.ts';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import { newId } from '../newId.ts';

export type ImportRow = { candidate: ImportedCandidate; notes: readonly ImportedNote[] };

/** Plain text as a note document: one paragraph per line, as the editor would hold it. */
function documentOf(text: string): NoteDocument {
  return {
    type: 'doc',
    content: text
      .split(/\r\n|\r|\n/)
      .map((line) =>
        line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] },
      ),
  };
}

/**
 * The writes of an import, on the import's own connection (a worker's). Rows arrive validated and deduplicated, a
 * batch per transaction, so a save elsewhere waits for one batch at most, never for the whole file; `remove`
 * takes back what earlier batches wrote when the import is cancelled or fails.
 */
export class CandidateImportWriter {
  readonly #database: Database;
  readonly #insertCandidate: Statement<unknown[]>;
  readonly #recordStage: Statement<unknown[]>;
  readonly #insertNote: Statement<unknown[]>;
  readonly #emailOwner: Statement<[string], string>;
  readonly #remove: Statement<[string]>;

  constructor(database: Database) {
    this.#database = database;
    this.#insertCandidate = database.prepare(
      `INSERT INTO candidates (id, name, email, phone, current_title, location, role, source, pronouns, consent_until,
         links, tags, stage_id, created_at, updated_at, last_activity_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#recordStage = database.prepare(
      `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, reason, changed_at)
       VALUES (?, ?, NULL, ?, NULL, ?)`,
    );
    this.#insertNote = database.prepare(
      `INSERT INTO notes (id, candidate_id, interview_id, title, document, text, created_at, updated_at)
       VALUES (?, ?, NULL, ?, ?, ?, ?, ?)`,
    );
    this.#emailOwner = database
      .prepare<[string], string>('SELECT id FROM candidates WHERE email = ? AND deleted_at IS NULL')
      .pluck();
    this.#remove = database.prepare('DELETE FROM candidates WHERE id IN (SELECT value FROM json_each(?))');
  }

  /** The live candidate who has this email, if any. */
  emailOwner(email: string): string | null {
    return this.#emailOwner.get(email) ?? null;
  }

  /**
   * One batch in one transaction; returns the new candidates' ids. A row whose email was taken since it was
   * checked (someone saved that candidate meanwhile) is left out and returned in `taken`, never a failed batch.
   */
  writeBatch(rows: readonly ImportRow[], now: string): { ids: string[]; notes: number; taken: number[] } {
    const ids: string[] = [];
    const taken: number[] = [];
    let notes = 0;
    this.#database
      .transaction(() => {
        rows.forEach(({ candidate, notes: rowNotes }, position) => {
          if (candidate.email && this.#emailOwner.get(candidate.email)) {
            taken.push(position);
            return;
          }
          const id = newId();
          const stageId = candidate.stageId ?? 'sourced';
          this.#insertCandidate.run(
            id,
            candidate.name,
            candidate.email ?? null,
            candidate.phone ?? null,
            candidate.currentTitle ?? null,
            candidate.location ?? null,
            candidate.role ?? null,
            candidate.source ?? null,
            candidate.pronouns ?? null,
            candidate.consentUntil ?? null,
            JSON.stringify(candidate.links ?? []),
            JSON.stringify(candidate.tags ?? []),
            stageId,
            now,
            now,
            now,
          );
          this.#recordStage.run(newId(), id, stageId, now);
          for (const note of rowNotes) {
            const document = documentOf(note.text);
            this.#insertNote.run(
              newId(),
              id,
              note.title,
              JSON.stringify(document),
              noteDocumentText(document),
              now,
              now,
            );
            notes += 1;
          }
          ids.push(id);
        });
      })
      .immediate();
    return { ids, notes, taken };
  }

  /** Takes back candidates an unfinished import wrote, with their notes and stage history (cascade). */
  remove(ids: readonly string[]): void {
    for (let start = 0; start < ids.length; start += 1000) {
      this.#database
        .transaction(() => this.#remove.run(JSON.stringify(ids.slice(start, start + 1000))))
        .immediate();
    }
  }

  /**
   * Takes back what an import that died (its worker ended without answering) had saved: every candidate created
   * at that import's own timestamp and never changed since, found without the ids the dead worker held.
   */
  removeUnfinished(now: string): number {
    return this.#database
      .prepare('DELETE FROM candidates WHERE created_at = ? AND updated_at = ?')
      .run(now, now).changes;
  }

  /** Large imports shift the data a lot; refresh the planner's statistics so list queries keep their indexes. */
  optimize(): void {
    this.#database.pragma('optimize');
  }
}
