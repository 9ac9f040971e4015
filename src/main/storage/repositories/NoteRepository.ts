import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import type { NoteBlockChange } from '../../../shared/notes/NoteBlockChange.ts';
import { noteDocumentEvidence } from '../../../shared/notes/noteDocumentEvidence.ts';
import { noteDocumentText } from '../../../shared/notes/noteDocumentText.ts';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import type { NoteEvidence } from '../../../shared/notes/NoteEvidence.ts';
import { noteLimits } from '../../../shared/notes/noteLimits.ts';
import type { Note } from '../../../shared/schemas/note.ts';
import type { NoteRevision } from '../../../shared/schemas/noteRevision.ts';
import type { NoteRevisionReason } from '../../../shared/schemas/noteRevisionReason.ts';
import type { NoteRevisionSummary } from '../../../shared/schemas/noteRevisionSummary.ts';
import { ConflictError } from '../errors/ConflictError.ts';
import { InvalidValueError } from '../errors/InvalidValueError.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';
import { newId } from '../newId.ts';
import { textDigest } from '../textDigest.ts';
import { NoteChangeLog } from './NoteChangeLog.ts';

type NoteRow = {
  id: string;
  candidate_id: string;
  interview_id: string | null;
  document: string;
  save_sequence: number;
  updated_at: string;
};

type SaveStateRow = {
  seq: number;
  save_sequence: number;
  updated_at: string;
  deleted_at: string | null;
  evidence_digest: string;
};

type RevisionRow = {
  id: string;
  note_id: string;
  reason: NoteRevisionReason;
  created_at: string;
  character_count: number;
  preview: string;
};

type SaveResult = MethodOutput<'notes.save'>;
type ChangeResult = MethodOutput<'notes.saveChanges'>;

function tooLarge(): InvalidValueError {
  return new InvalidValueError('This note is too large to save. Remove some content and try again.', [
    {
      path: 'document',
      message: `A note may be at most ${noteLimits.documentCharacters / 1024 / 1024} MB`,
    },
  ]);
}

const previewCharacters = 160;

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    interviewId: row.interview_id,
    document: JSON.parse(row.document) as NoteDocument,
    sequence: row.save_sequence,
    updatedAt: row.updated_at,
  };
}

function toRevisionSummary(row: RevisionRow): NoteRevisionSummary {
  return {
    id: row.id,
    noteId: row.note_id,
    reason: row.reason,
    createdAt: row.created_at,
    characterCount: row.character_count,
    preview: row.preview,
  };
}

/**
 * Notes and their snapshots. A save is one transaction: the document, its evidence passages, the note queued
 * for search (NoteIndexRepository derives its plain text and indexes it a few seconds later, off the save path)
 * and, at most every `revisionIntervalMs`, a snapshot. When `save` returns, the write is committed: with WAL it
 * survives the process being killed, and a note killed before it was indexed is indexed at the next start.
 *
 * An autosave may instead send only the top-level blocks it changed (`saveChanges`): that appends the change to
 * note_changes and leaves the document row alone, so a save of a 20,000-word note costs what a short one does.
 * The changes are folded into the document (`#compact`) with the search index a few seconds later, before any
 * read of the whole document, before a snapshot, and at the next start after a crash. The blocks of the notes
 * being typed into are kept in memory, so applying a change never parses the document again.
 */
export class NoteRepository {
  readonly #database: Database;
  readonly #revisionIntervalMs: number;
  readonly #selectNote: Statement<[string], NoteRow>;
  readonly #selectSaveState: Statement<[string], SaveStateRow>;
  readonly #selectDocument: Statement<[string], { document: string }>;
  readonly #updateNote: Statement<[string, string, number, string, string]>;
  readonly #updateDocument: Statement<[string, number, string, string]>;
  readonly #queueForIndex: Statement<[number, string]>;
  readonly #lastRevisionAt: Statement<[string], { created_at: string }>;
  readonly #insertRevision: Statement<[string, string, string, string, string, string]>;
  readonly #setEvidenceDigest: Statement<[string, string]>;
  readonly #deleteEvidence: Statement<[string]>;
  readonly #insertEvidence: Statement<[string, number, string, string, string | null, string | null]>;
  readonly #seqOf: Statement<[string], number>;
  readonly #setSaveState: Statement<[number, string, string]>;
  readonly #changes: NoteChangeLog;

  constructor(database: Database, options: { revisionIntervalMs: number }) {
    this.#database = database;
    this.#revisionIntervalMs = options.revisionIntervalMs;
    this.#selectNote = database.prepare(
      'SELECT id, candidate_id, interview_id, document, save_sequence, updated_at FROM notes WHERE id = ?',
    );
    this.#selectSaveState = database.prepare(
      'SELECT seq, save_sequence, updated_at, deleted_at, evidence_digest FROM notes WHERE id = ?',
    );
    this.#selectDocument = database.prepare('SELECT document FROM notes WHERE id = ?');
    this.#updateNote = database.prepare(
      'UPDATE notes SET document = ?, text = ?, save_sequence = ?, updated_at = ? WHERE id = ?',
    );
    // The text (as long as the document again) is left as it is: the index queue derives it later.
    this.#updateDocument = database.prepare(
      'UPDATE notes SET document = ?, save_sequence = ?, updated_at = ? WHERE id = ?',
    );
    this.#queueForIndex = database.prepare(
      `INSERT INTO note_index_queue (note_seq, queued_at, document_changed) VALUES (?, ?, 1)
       ON CONFLICT (note_seq) DO UPDATE SET document_changed = 1`,
    );
    this.#lastRevisionAt = database.prepare(
      'SELECT created_at FROM note_revisions WHERE note_id = ? ORDER BY seq DESC LIMIT 1',
    );
    this.#insertRevision = database.prepare(
      'INSERT INTO note_revisions (id, note_id, reason, document, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#setEvidenceDigest = database.prepare('UPDATE notes SET evidence_digest = ? WHERE id = ?');
    this.#deleteEvidence = database.prepare('DELETE FROM note_evidence WHERE note_id = ?');
    this.#insertEvidence = database.prepare(
      `INSERT INTO note_evidence (note_id, position, attribute_id, text, question_id, question_text)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.#seqOf = database.prepare<[string], number>('SELECT seq FROM notes WHERE id = ?').pluck();
    this.#setSaveState = database.prepare('UPDATE notes SET save_sequence = ?, updated_at = ? WHERE id = ?');
    this.#changes = new NoteChangeLog(database);
  }

  get(id: string): Note {
    const seq = this.#seqOf.get(id);
    if (seq !== undefined && this.#changes.hasChanges(seq)) this.compactNote(seq);
    const row = this.#selectNote.get(id);
    if (!row) throw new NotFoundError('No note has that id.');
    return toNote(row);
  }

  /** Stores a new note with its first snapshot; the caller runs this inside its own transaction. */
  insert(
    note: { candidateId: string; interviewId: string | null; document: NoteDocument },
    now = new Date().toISOString(),
  ): string {
    const id = newId();
    const json = JSON.stringify(note.document);
    const text = noteDocumentText(note.document);
    this.#database
      .prepare(
        `INSERT INTO notes (id, candidate_id, interview_id, document, text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, note.candidateId, note.interviewId, json, text, now, now);
    this.#insertRevision.run(newId(), id, 'created', json, text, now);
    return id;
  }

  /** `sequence` orders the app's saves; a save without one (a script, an import) is applied as it comes. */
  save(
    id: string,
    document: NoteDocument,
    sequence: number | undefined,
    now = new Date().toISOString(),
  ): SaveResult {
    const json = JSON.stringify(document);
    if (json.length > noteLimits.documentCharacters) throw tooLarge();
    return this.#database
      .transaction((): SaveResult => {
        const state = this.#selectSaveState.get(id);
        if (!state) throw new NotFoundError('No note has that id.');
        if (state.deleted_at !== null) throw new ConflictError('This note was deleted.');
        if (sequence !== undefined && sequence < state.save_sequence) {
          return { id, sequence: state.save_sequence, applied: false, updatedAt: state.updated_at };
        }
        this.#changes.compact(state.seq);
        if (sequence !== undefined && sequence === state.save_sequence) {
          // A retry of the save already stored (its reply was lost) succeeds; a different document is a second writer.
          if (this.#selectDocument.get(id)!.document === json) {
            return { id, sequence, applied: true, updatedAt: state.updated_at };
          }
          throw new ConflictError('This note was changed in another window. Reload it to see the latest.');
        }
        const stored = sequence ?? state.save_sequence;
        this.#changes.forget(state.seq);
        this.#updateDocument.run(json, stored, now, id);
        this.#queueForIndex.run(state.seq, now);
        this.#replaceEvidence(id, document, state.evidence_digest);
        const last = this.#lastRevisionAt.get(id);
        if (!last || Date.parse(now) - Date.parse(last.created_at) >= this.#revisionIntervalMs) {
          // A snapshot keeps its own text (for its preview), derived only when one is taken.
          this.#insertRevision.run(newId(), id, 'autosave', json, noteDocumentText(document), now);
        }
        return { id, sequence: stored, applied: true, updatedAt: now };
      })
      .immediate();
  }

  /**
   * Stores an autosave as the blocks it changed since the save numbered `baseSequence`. Sequenced like `save`;
   * answers `resync` (storing nothing) when the change cannot be applied to what is stored, and the app then
   * saves the whole document.
   */
  saveChanges(
    id: string,
    input: { sequence: number; baseSequence: number; change: NoteBlockChange },
    now = new Date().toISOString(),
  ): ChangeResult {
    const { sequence, baseSequence, change } = input;
    let seq: number | undefined;
    try {
      return this.#database
        .transaction((): ChangeResult => {
          const state = this.#selectSaveState.get(id);
          if (!state) throw new NotFoundError('No note has that id.');
          if (state.deleted_at !== null) throw new ConflictError('This note was deleted.');
          seq = state.seq;
          const unchanged = (resync: boolean) => ({
            id,
            sequence: state.save_sequence,
            applied: false,
            resync,
            updatedAt: state.updated_at,
          });
          if (sequence < state.save_sequence) return unchanged(false);
          if (sequence === state.save_sequence) {
            // A retry of the change just stored (its reply was lost) succeeds; anything else needs the whole document.
            const retried = this.#changes.isLast(state.seq, sequence, change);
            return retried ? { ...unchanged(false), applied: true } : unchanged(true);
          }
          if (baseSequence !== state.save_sequence) return unchanged(true);
          const before = this.#changes.blocks(state.seq, state.save_sequence);
          const after = before?.withChange(change, sequence) ?? null;
          if (!before || !after) return unchanged(true);
          if (after.characters > noteLimits.documentCharacters) throw tooLarge();
          this.#changes.append(state.seq, sequence, change, after);
          this.#setSaveState.run(sequence, now, id);
          this.#queueForIndex.run(state.seq, now);
          if (before.touchesEvidence(change, after)) {
            this.#replaceEvidenceList(id, after.evidence(), state.evidence_digest);
          }
          const last = this.#lastRevisionAt.get(id);
          if (!last || Date.parse(now) - Date.parse(last.created_at) >= this.#revisionIntervalMs) {
            // A snapshot is of the whole document: fold the changes in first.
            const json = this.#changes.compact(state.seq)!;
            this.#insertRevision.run(
              newId(),
              id,
              'autosave',
              json,
              noteDocumentText(JSON.parse(json) as NoteDocument),
              now,
            );
          }
          return { id, sequence, applied: true, resync: false, updatedAt: now };
        })
        .immediate();
    } catch (error) {
      // What was kept in memory may be ahead of what the failed transaction left stored.
      if (seq !== undefined) this.#changes.forget(seq);
      throw error;
    }
  }

  /** Folds a note's stored changes into its document; harmless when it has none. */
  compactNote(seq: number): void {
    this.#database.transaction(() => this.#changes.compact(seq)).immediate();
  }

  /** Folds every note's stored changes into its document: before the tables are read whole (an export). */
  compactAll(): number {
    const seqs = this.#changes.notesWithChanges();
    for (const seq of seqs) this.compactNote(seq);
    return seqs.length;
  }

  revisions(noteId: string): NoteRevisionSummary[] {
    this.get(noteId);
    return this.#database
      .prepare<[number, string], RevisionRow>(
        `SELECT id, note_id, reason, created_at, length(text) AS character_count, substr(text, 1, ?) AS preview
         FROM note_revisions WHERE note_id = ? ORDER BY seq DESC`,
      )
      .all(previewCharacters, noteId)
      .map(toRevisionSummary);
  }

  getRevision(id: string): NoteRevision {
    const row = this.#database
      .prepare<[number, string], RevisionRow & { document: string; text: string }>(
        `SELECT id, note_id, reason, created_at, length(text) AS character_count, substr(text, 1, ?) AS preview,
           document, text
         FROM note_revisions WHERE id = ?`,
      )
      .get(previewCharacters, id);
    if (!row) throw new NotFoundError('No revision has that id.');
    return { ...toRevisionSummary(row), document: JSON.parse(row.document) as NoteDocument, text: row.text };
  }

  /** Keeps the current document as a snapshot, then makes the chosen one current under a new sequence number. */
  restoreRevision(noteId: string, revisionId: string, now = new Date().toISOString()): Note {
    this.#database
      .transaction(() => {
        const revision = this.#database
          .prepare<[string], { note_id: string; document: string; text: string }>(
            'SELECT note_id, document, text FROM note_revisions WHERE id = ?',
          )
          .get(revisionId);
        if (!revision || revision.note_id !== noteId)
          throw new NotFoundError('This note has no such revision.');
        const current = this.#database
          .prepare<
            [string],
            {
              document: string;
              save_sequence: number;
              deleted_at: string | null;
              evidence_digest: string;
            }
          >('SELECT document, save_sequence, deleted_at, evidence_digest FROM notes WHERE id = ?')
          .get(noteId);
        if (!current) throw new NotFoundError('No note has that id.');
        if (current.deleted_at !== null) throw new ConflictError('This note was deleted.');
        const seq = this.#seqOf.get(noteId)!;
        const folded = this.#changes.compact(seq);
        if (folded !== null) current.document = folded;
        this.#changes.forget(seq);
        // notes.text may lag an autosave still queued for indexing; the snapshot's text follows its document.
        const currentText = noteDocumentText(JSON.parse(current.document) as NoteDocument);
        this.#insertRevision.run(newId(), noteId, 'before_restore', current.document, currentText, now);
        this.#updateNote.run(revision.document, revision.text, current.save_sequence + 1, now, noteId);
        this.#replaceEvidence(noteId, JSON.parse(revision.document) as NoteDocument, current.evidence_digest);
        this.#insertRevision.run(newId(), noteId, 'restore', revision.document, revision.text, now);
      })
      .immediate();
    return this.get(noteId);
  }

  /** Rewrites the note's evidence rows, only when the tagged passages actually changed. */
  #replaceEvidence(noteId: string, document: NoteDocument, storedDigest: string): void {
    this.#replaceEvidenceList(noteId, noteDocumentEvidence(document), storedDigest);
  }

  #replaceEvidenceList(noteId: string, evidence: readonly NoteEvidence[], storedDigest: string): void {
    const digest = evidence.length === 0 ? '' : textDigest(JSON.stringify(evidence));
    if (digest === storedDigest) return;
    this.#setEvidenceDigest.run(digest, noteId);
    this.#deleteEvidence.run(noteId);
    evidence.forEach((item, position) => {
      this.#insertEvidence.run(
        noteId,
        position,
        item.attributeId,
        item.text,
        item.questionId,
        item.questionText,
      );
    });
  }
}
