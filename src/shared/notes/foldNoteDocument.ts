import type { NoteMark, NoteNode } from './NoteDocument.ts';
import { ownText } from './ownText.ts';
import { walkNoteDocument } from './walkNoteDocument.ts';

export type NoteFold<Output> = {
  /** A run of text with its marks, in the order the editor applied them. */
  text(text: string, marks: readonly NoteMark[], index: number): Output;
  /** Any other node, once its children are folded. */
  node(node: NoteNode, children: Output[], index: number): Output;
  /** A block nested 40 levels deep: shown as its own text only, so output stays bounded. */
  flattened(node: NoteNode, text: string, index: number): Output;
};

// Past this depth a block is flattened rather than nested further, as every view of a note always did.
const flattenBelowDepth = 40;

const inlineTypes = new Set(['text', 'hardBreak', 'timestamp']);

/**
 * Folds a note bottom-up over `walkNoteDocument`: each node's output is built from its children's. Returns
 * the outputs of the document's top-level blocks, in order.
 */
export function foldNoteDocument<Output>(document: NoteNode, fold: NoteFold<Output>): Output[] {
  const frames: Output[][] = [[]];
  const current = () => frames[frames.length - 1]!;
  walkNoteDocument(document, {
    enter(node, depth, index) {
      if (node.type === 'text') {
        current().push(fold.text(node.text ?? '', node.marks ?? [], index));
        return false;
      }
      if (depth > flattenBelowDepth && !inlineTypes.has(node.type)) {
        current().push(fold.flattened(node, ownText(node), index));
        return false;
      }
      frames.push([]);
      return true;
    },
    leave(node, _depth, index) {
      const children = frames.pop()!;
      current().push(fold.node(node, children, index));
    },
  });
  return frames[0]!;
}
