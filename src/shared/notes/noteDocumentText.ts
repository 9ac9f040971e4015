import type { NoteNode } from './NoteDocument.ts';

const textBlocks = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The plain text of a note, one line per block, for the search index and previews. Derived on the server from
 * the document itself, so what is searchable is exactly what is stored. Kit questions contribute their
 * question text; timestamps their label.
 */
export function noteDocumentText(document: NoteNode): string {
  const lines: string[] = [];
  let line = '';
  // Iterative walk: `null` marks the end of a text block.
  const stack: Array<NoteNode | null> = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      lines.push(line);
      line = '';
      continue;
    }
    if (node === undefined) continue;
    switch (node.type) {
      case 'text':
        line += node.text ?? '';
        continue;
      case 'hardBreak':
        line += '\n';
        continue;
      case 'timestamp':
        line += typeof node.attrs?.label === 'string' ? `[${node.attrs.label}]` : '';
        continue;
      case 'horizontalRule':
        continue;
      case 'kitQuestion':
        if (typeof node.attrs?.text === 'string') lines.push(node.attrs.text);
        break;
    }
    if (node.type === 'taskItem') line += node.attrs?.checked === true ? '[x] ' : '[ ] ';
    if (textBlocks.has(node.type)) stack.push(null);
    const content = node.content ?? [];
    for (let index = content.length - 1; index >= 0; index -= 1) stack.push(content[index]!);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
