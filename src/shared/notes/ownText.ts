import type { NoteNode } from './NoteDocument.ts';

/** The text directly inside a node: a code block's code, a flattened block's words. */
export function ownText(node: NoteNode): string {
  return (node.content ?? []).map((child) => child.text ?? '').join('');
}
