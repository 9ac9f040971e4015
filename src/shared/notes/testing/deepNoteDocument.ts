import type { NoteDocument, NoteNode } from '../NoteDocument.ts';

/** Blockquotes nested `levels` deep around one paragraph: past the views' depth limit they flatten. */
export function deepNoteDocument(levels: number): NoteDocument {
  let node: NoteNode = { type: 'paragraph', content: [{ type: 'text', text: 'Deep <text>' }] };
  for (let level = 0; level < levels; level += 1) {
    node = {
      type: 'blockquote',
      content: [node, { type: 'paragraph', content: [{ type: 'text', text: `L${level}` }] }],
    };
  }
  return { type: 'doc', content: [node] };
}
