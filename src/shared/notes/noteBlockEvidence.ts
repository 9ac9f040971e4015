import { noteDocumentEvidence } from './noteDocumentEvidence.ts';
import type { NoteNode } from './NoteDocument.ts';
import type { NoteEvidence } from './NoteEvidence.ts';

/**
 * The tagged passages of one top-level block. A passage never spans two paragraphs, let alone two blocks, so a
 * note's evidence is its blocks' evidence in order, bounded to `noteLimits.evidencePerNote`: the server and the
 * editor each keep it per block and redo only the blocks a save changed.
 */
export function noteBlockEvidence(block: NoteNode): readonly NoteEvidence[] {
  return noteDocumentEvidence({ type: 'doc', content: [block] });
}
