import type { NoteBlockChange } from '../../../shared/notes/NoteBlockChange.ts';
import type { NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { noteBlockEvidence } from '../../../shared/notes/noteBlockEvidence.ts';
import type { NoteEvidence } from '../../../shared/notes/NoteEvidence.ts';
import { noteLimits } from '../../../shared/notes/noteLimits.ts';

const opening = '{"type":"doc","content":[';
const closing = ']}';

/** Whether a parsed document is exactly `{ type: 'doc', content?: [...] }`, the only shape kept as blocks. */
function isPlainDocument(value: unknown): value is { type: 'doc'; content?: NoteNode[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'type' && key !== 'content') return false;
  return record.type === 'doc' && (record.content === undefined || Array.isArray(record.content));
}

/**
 * A note's document as its top-level blocks, each kept as the JSON it is stored as, with each block's tagged
 * passages. Applying a change costs the changed blocks, not the document: the JSON is joined only when the
 * whole document is written. Immutable, so a change that fails to commit leaves the kept one as it was.
 * `toJson()` is what `JSON.stringify` gives for the same document, so stored documents compare as strings.
 */
export class NoteBlocks {
  readonly sequence: number;
  readonly #blocks: readonly string[];
  readonly #evidence: readonly (readonly NoteEvidence[])[];
  /** The blocks' JSON lengths summed. */
  readonly #blockCharacters: number;

  private constructor(
    sequence: number,
    blocks: readonly string[],
    evidence: readonly (readonly NoteEvidence[])[],
    blockCharacters: number,
  ) {
    this.sequence = sequence;
    this.#blocks = blocks;
    this.#evidence = evidence;
    this.#blockCharacters = blockCharacters;
  }

  /** The length of `toJson()`, without joining it. */
  get characters(): number {
    return opening.length + closing.length + this.#blockCharacters + Math.max(0, this.#blocks.length - 1);
  }

  /** The stored document as blocks; null when it is not a plain document (then only whole saves apply). */
  static fromJson(json: string, sequence: number): NoteBlocks | null {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return null;
    }
    if (!isPlainDocument(parsed)) return null;
    const content = parsed.content ?? [];
    const blocks = content.map((block) => JSON.stringify(block));
    return new NoteBlocks(
      sequence,
      blocks,
      content.map((block) => noteBlockEvidence(block)),
      sumOf(blocks),
    );
  }

  get blockCount(): number {
    return this.#blocks.length;
  }

  /** The document after `change`, saved as `sequence`; null when the change does not fit this document. */
  withChange(change: NoteBlockChange, sequence: number): NoteBlocks | null {
    const { from, removed, blocks } = change;
    if (from + removed > this.#blocks.length) return null;
    if (this.#blocks.length - removed + blocks.length !== change.blockCount) return null;
    const inserted = blocks.map((block) => JSON.stringify(block));
    const blockCharacters =
      this.#blockCharacters - sumOf(this.#blocks.slice(from, from + removed)) + sumOf(inserted);
    const nextBlocks = [...this.#blocks];
    nextBlocks.splice(from, removed, ...inserted);
    const nextEvidence = [...this.#evidence];
    nextEvidence.splice(from, removed, ...blocks.map((block) => noteBlockEvidence(block)));
    return new NoteBlocks(sequence, nextBlocks, nextEvidence, blockCharacters);
  }

  /** Whether `change` touches any tagged passage: the blocks it removes or the ones it puts in. */
  touchesEvidence(change: NoteBlockChange, after: NoteBlocks): boolean {
    for (let index = change.from; index < change.from + change.removed; index += 1) {
      if (this.#evidence[index]!.length > 0) return true;
    }
    for (let index = change.from; index < change.from + change.blocks.length; index += 1) {
      if (after.#evidence[index]!.length > 0) return true;
    }
    return false;
  }

  /** Every tagged passage in document order, bounded as for a whole document. */
  evidence(): NoteEvidence[] {
    return this.#evidence.flat().slice(0, noteLimits.evidencePerNote);
  }

  toJson(): string {
    return opening + this.#blocks.join(',') + closing;
  }
}

function sumOf(blocks: readonly string[]): number {
  let total = 0;
  for (const block of blocks) total += block.length;
  return total;
}
