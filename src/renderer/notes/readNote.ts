import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NoteDocument, NoteNode } from '../../shared/notes/NoteDocument.ts';
import { noteBlockEvidence } from '../../shared/notes/noteBlockEvidence.ts';
import type { NoteEvidence } from '../../shared/notes/NoteEvidence.ts';
import { noteLimits } from '../../shared/notes/noteLimits.ts';
import { callTimesOf } from '../../shared/recordings/callTimesOf.ts';

/** What a save reads from the editor: the document, its top-level nodes, and what the screen derives from it. */
export type NoteRead = {
  document: NoteDocument;
  /** The editor's own top-level nodes: the save target compares them by identity to find what changed. */
  blocks: readonly ProseMirrorNode[];
  evidence: NoteEvidence[];
  callTimes: number[];
};

type BlockRead = { json: NoteNode; evidence: readonly NoteEvidence[]; callTimes: readonly number[] };

/** By the editor's node: ProseMirror keeps every node a transaction did not touch, so a block is read once. */
const reads = new WeakMap<ProseMirrorNode, BlockRead>();

/**
 * Reads a note from the editor's document at the cost of the blocks changed since the last read, not of the
 * note: at 20,000 words, serialising the whole document and walking it for evidence on every autosave took the
 * main thread away from typing. Gives what `doc.toJSON()`, `noteDocumentEvidence` and `callTimesOf` give for the
 * whole document (evidence never spans two blocks: `noteBlockEvidence`).
 */
export function readNote(doc: ProseMirrorNode): NoteRead {
  const blocks: ProseMirrorNode[] = [];
  const content: NoteNode[] = [];
  const evidence: NoteEvidence[] = [];
  const callTimes: number[] = [];
  doc.forEach((block) => {
    let read = reads.get(block);
    if (!read) {
      const json = block.toJSON() as NoteNode;
      read = {
        json,
        evidence: noteBlockEvidence(json),
        callTimes: callTimesOf(json),
      };
      reads.set(block, read);
    }
    blocks.push(block);
    content.push(read.json);
    evidence.push(...read.evidence);
    callTimes.push(...read.callTimes);
  });
  // The same shape as ProseMirror's Node.toJSON: attrs only when the node type has any, content only when not empty.
  const document: NoteDocument = { type: 'doc' };
  if (Object.keys(doc.attrs).length > 0) document.attrs = doc.attrs;
  if (content.length > 0) document.content = content;
  return { document, blocks, evidence: evidence.slice(0, noteLimits.evidencePerNote), callTimes };
}
