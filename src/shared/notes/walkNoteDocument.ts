import type { NoteNode } from './NoteDocument.ts';

export type NoteVisitor = {
  /** Called before a node's children; return true to walk into them (and have `leave` called after). */
  enter(node: NoteNode, depth: number, index: number): boolean;
  leave?(node: NoteNode, depth: number, index: number): void;
};

type Step = { node: NoteNode; depth: number; index: number; leaving: boolean };

/**
 * The one walk over a note document, shared by every view of a note (HTML, Markdown, plain text, React).
 * Visits the document's blocks (depth 0) and everything inside them in document order. Iterative, so no
 * document, however deep, can exhaust the stack.
 */
export function walkNoteDocument(document: NoteNode, visitor: NoteVisitor): void {
  const stack: Step[] = [];
  const pushChildren = (node: NoteNode, depth: number) => {
    const content = node.content ?? [];
    for (let index = content.length - 1; index >= 0; index -= 1) {
      stack.push({ node: content[index]!, depth, index, leaving: false });
    }
  };
  pushChildren(document, 0);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.leaving) {
      visitor.leave?.(step.node, step.depth, step.index);
      continue;
    }
    if (!visitor.enter(step.node, step.depth, step.index)) continue;
    stack.push({ ...step, leaving: true });
    pushChildren(step.node, step.depth + 1);
  }
}
