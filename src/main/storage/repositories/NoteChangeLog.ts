import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { NoteBlockChange } from '../../../shared/notes/NoteBlockChange.ts';
import { NoteBlocks } from './NoteBlocks.ts';

type ChangeRow = { sequence: number; from_block: number; removed: number; blocks: string };

/** Notes kept as blocks in memory: the ones being typed into, a handful at a time. */
const keptNotes = 16;

/**
 * The autosaves of notes stored as block changes (note_changes), and the notes' blocks kept in memory so that
 * applying a change never parses the document again. A note is its document plus its changes, in order;
 * `compact` folds them in. Every method runs inside the caller's transaction.
 */
export class NoteChangeLog {
  readonly #insertChange: Statement<[number, number, number, number, string]>;
  readonly #changesOf: Statement<[number], ChangeRow>;
  readonly #lastChange: Statement<[number], ChangeRow>;
  readonly #hasChanges: Statement<[number], number>;
  readonly #deleteChanges: Statement<[number]>;
  readonly #seqsWithChanges: Statement<[], number>;
  readonly #documentOfSeq: Statement<[number], { document: string; save_sequence: number }>;
  readonly #writeDocument: Statement<[string, number]>;
  /** By note seq; the most recently used last. */
  readonly #kept = new Map<number, NoteBlocks>();

  constructor(database: Database) {
    this.#insertChange = database.prepare(
      'INSERT INTO note_changes (note_seq, sequence, from_block, removed, blocks) VALUES (?, ?, ?, ?, ?)',
    );
    this.#changesOf = database.prepare(
      'SELECT sequence, from_block, removed, blocks FROM note_changes WHERE note_seq = ? ORDER BY id',
    );
    this.#lastChange = database.prepare(
      'SELECT sequence, from_block, removed, blocks FROM note_changes WHERE note_seq = ? ORDER BY id DESC LIMIT 1',
    );
    this.#hasChanges = database
      .prepare<[number], number>('SELECT EXISTS (SELECT 1 FROM note_changes WHERE note_seq = ?)')
      .pluck();
    this.#deleteChanges = database.prepare('DELETE FROM note_changes WHERE note_seq = ?');
    this.#seqsWithChanges = database
      .prepare<[], number>('SELECT DISTINCT note_seq FROM note_changes')
      .pluck();
    this.#documentOfSeq = database.prepare('SELECT document, save_sequence FROM notes WHERE seq = ?');
    this.#writeDocument = database.prepare('UPDATE notes SET document = ? WHERE seq = ?');
  }

  hasChanges(seq: number): boolean {
    return this.#hasChanges.get(seq) === 1;
  }

  notesWithChanges(): number[] {
    return this.#seqsWithChanges.all();
  }

  /** Whether `change` under `sequence` is the last change stored: a save retried after its reply was lost. */
  isLast(seq: number, sequence: number, change: NoteBlockChange): boolean {
    const last = this.#lastChange.get(seq);
    return (
      last !== undefined &&
      last.sequence === sequence &&
      last.from_block === change.from &&
      last.removed === change.removed &&
      last.blocks === JSON.stringify(change.blocks)
    );
  }

  /** Stores a change already applied to `after` (the blocks it leads to), and keeps those in memory. */
  append(seq: number, sequence: number, change: NoteBlockChange, after: NoteBlocks): void {
    this.#insertChange.run(seq, sequence, change.from, change.removed, JSON.stringify(change.blocks));
    this.#keep(seq, after);
  }

  /** Drops what is kept in memory: the document was replaced whole, or a failed transaction rolled it back. */
  forget(seq: number): void {
    this.#kept.delete(seq);
  }

  /**
   * Writes the document with its changes folded in and forgets the changes; returns the document written, or
   * null when there were none.
   */
  compact(seq: number): string | null {
    if (!this.hasChanges(seq)) return null;
    const row = this.#documentOfSeq.get(seq);
    if (!row) return null;
    const blocks = this.#keptAt(seq, row.save_sequence) ?? this.#fromRow(seq, row);
    if (!blocks) throw new Error(`Note ${seq} has changes its document cannot take.`);
    const json = blocks.toJson();
    this.#writeDocument.run(json, seq);
    this.#deleteChanges.run(seq);
    return json;
  }

  /** The note as blocks: the document stored plus its changes, from memory when it is up to date. */
  blocks(seq: number, saveSequence: number): NoteBlocks | null {
    const kept = this.#keptAt(seq, saveSequence);
    if (kept) return kept;
    const row = this.#documentOfSeq.get(seq);
    return row ? this.#fromRow(seq, row) : null;
  }

  #keptAt(seq: number, saveSequence: number): NoteBlocks | null {
    const kept = this.#kept.get(seq);
    if (!kept || kept.sequence !== saveSequence) return null;
    this.#keep(seq, kept);
    return kept;
  }

  /** The stored document with its stored changes applied in order, kept for the next save. */
  #fromRow(seq: number, row: { document: string; save_sequence: number }): NoteBlocks | null {
    let blocks = NoteBlocks.fromJson(row.document, row.save_sequence);
    for (const change of this.#changesOf.all(seq)) {
      if (!blocks) return null;
      const inserted = JSON.parse(change.blocks) as NoteBlockChange['blocks'];
      blocks = blocks.withChange(
        {
          from: change.from_block,
          removed: change.removed,
          blocks: inserted,
          blockCount: blocks.blockCount - change.removed + inserted.length,
        },
        change.sequence,
      );
    }
    if (blocks) this.#keep(seq, blocks);
    return blocks;
  }

  #keep(seq: number, blocks: NoteBlocks): void {
    this.#kept.delete(seq);
    this.#kept.set(seq, blocks);
    if (this.#kept.size > keptNotes) this.#kept.delete(this.#kept.keys().next().value!);
  }
}
