import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { noteDocumentText } from '../../../shared/notes/noteDocumentText.ts';
import type { NoteDocument } from '../../../shared/notes/NoteDocument.ts';
import { NotFoundError } from '../errors/NotFoundError.ts';

type QueuedRow = { document_changed: number; document: string; text: string };

/** The document's plain text; null for a stored document that is not JSON, whose last text is then kept. */
function textOf(document: string): string | null {
  try {
    return noteDocumentText(JSON.parse(document) as NoteDocument);
  } catch {
    return null;
  }
}

/**
 * A note's plain text and its notes_fts entry as derived data: an autosave only writes the document and queues
 * the note in note_index_queue (other writers queue it by trigger when they change a title or text), and this
 * brings the queued notes up to date: the text derived again from the document when an autosave changed it,
 * then the index. Each note in its own short transaction, so a long queue never holds the write lock for long;
 * a note saved after it was read here is queued again by that save.
 */
export class NoteIndexRepository {
  readonly #dueSeqs: Statement<{ before: string; limit: number }, number>;
  readonly #allSeqs: Statement<[], number>;
  readonly #seqOf: Statement<[string], number>;
  readonly #isQueued: Statement<[number], number>;
  readonly #queued: Statement<[number], QueuedRow>;
  readonly #indexOne: (seq: number) => void;

  /** `compact` folds a note's autosaved changes into its document (NoteRepository), before its text is derived. */
  constructor(database: Database, options: { compact?: (noteSeq: number) => void } = {}) {
    this.#dueSeqs = database
      .prepare<{ before: string; limit: number }, number>(
        'SELECT note_seq FROM note_index_queue WHERE queued_at <= @before ORDER BY queued_at LIMIT @limit',
      )
      .pluck();
    this.#allSeqs = database.prepare<[], number>('SELECT note_seq FROM note_index_queue').pluck();
    this.#seqOf = database.prepare<[string], number>('SELECT seq FROM notes WHERE id = ?').pluck();
    this.#isQueued = database
      .prepare<[number], number>('SELECT count(*) FROM note_index_queue WHERE note_seq = ?')
      .pluck();
    this.#queued = database.prepare<[number], QueuedRow>(
      `SELECT q.document_changed, n.document, n.text FROM note_index_queue q JOIN notes n ON n.seq = q.note_seq
       WHERE q.note_seq = ?`,
    );
    // Its own trigger queues the note again (a no-op: it is queued), and the candidate's search document too.
    const setText = database.prepare<[string, number]>('UPDATE notes SET text = ? WHERE seq = ?');
    const forget = database.prepare<[number]>('DELETE FROM notes_fts WHERE rowid = ?');
    const write = database.prepare<[number]>(
      'INSERT INTO notes_fts (rowid, title, text) SELECT seq, title, text FROM notes_search WHERE seq = ?',
    );
    const dequeue = database.prepare<[number]>('DELETE FROM note_index_queue WHERE note_seq = ?');
    this.#indexOne = (seq) => {
      database
        .transaction(() => {
          // Read inside the transaction: another connection may have indexed (or purged) it meanwhile.
          options.compact?.(seq);
          const row = this.#queued.get(seq);
          if (!row) return;
          if (row.document_changed === 1) {
            const text = textOf(row.document);
            if (text !== null && text !== row.text) setText.run(text, seq);
          }
          forget.run(seq);
          write.run(seq);
          dequeue.run(seq);
        })
        .immediate();
    };
  }

  /** Indexes up to `limit` notes first queued at or before `before` (ISO time), oldest first; returns how many. */
  indexDue(before: string, limit: number): number {
    const seqs = this.#dueSeqs.all({ before, limit });
    for (const seq of seqs) this.#indexOne(seq);
    return seqs.length;
  }

  /** Indexes every queued note, whenever it was queued: at start, and before the file closes. */
  indexAll(): number {
    const seqs = this.#allSeqs.all();
    for (const seq of seqs) this.#indexOne(seq);
    return seqs.length;
  }

  /** Indexes one note now if it is queued (its editor lost focus or closed); false if it had nothing to redo. */
  indexNote(noteId: string): boolean {
    const seq = this.#seqOf.get(noteId);
    if (seq === undefined) throw new NotFoundError('No note has that id.');
    if (this.#isQueued.get(seq) === 0) return false;
    this.#indexOne(seq);
    return true;
  }
}
