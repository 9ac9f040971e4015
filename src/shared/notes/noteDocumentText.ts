import type { NoteNode } from './NoteDocument.ts';
import { walkNoteDocument } from './walkNoteDocument.ts';

const textBlocks = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The plain text of a note, one line per block, for the search index and previews. Derived on the server from
 * the document itself, so what is searchable is exactly what is stored. Kit questions contribute their
 * question text; timestamps their label.
 */
export function noteDocumentText(document: NoteNode): string {
  const lines: string[] = [];
  let line = '';
  walkNoteDocument(document, {
    enter(node) {
      switch (node.type) {
        case 'text':
          line += node.text ?? '';
          return false;
        case 'hardBreak':
          line += '\n';
          return false;
        case 'timestamp':
          line += typeof node.attrs?.label === 'string' ? `[${node.attrs.label}]` : '';
          return false;
        case 'horizontalRule':
          return false;
        case 'kitQuestion':
          if (typeof node.attrs?.text === 'string') lines.push(node.attrs.text);
          break;
        case 'taskItem':
          line += node.attrs?.checked === true ? '[x] ' : '[ ] ';
          break;
      }
      return true;
    },
    leave(node) {
      if (!textBlocks.has(node.type)) return;
      lines.push(line);
      line = '';
    },
  });
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
