import type { NoteMark, NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { foldNoteDocument } from '../../../shared/notes/foldNoteDocument.ts';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';
import { ownText } from '../../../shared/notes/ownText.ts';

/** Characters Markdown would read as syntax at any position in running text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function wrapMarks(
  text: string,
  marks: readonly NoteMark[],
  attributeNames: ReadonlyMap<string, string>,
): string {
  let result = text;
  for (const mark of marks) {
    if (mark.type === 'code') result = `\`${text.replace(/`/g, 'ˋ')}\``;
  }
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        result = `**${result}**`;
        break;
      case 'italic':
        result = `*${result}*`;
        break;
      case 'strike':
        result = `~~${result}~~`;
        break;
      case 'link':
        if (isAllowedLink(mark.attrs?.href))
          result = `[${result}](<${mark.attrs.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
        break;
    }
  }
  const evidence = marks.find((mark) => mark.type === 'evidence');
  if (evidence) {
    const name = attributeNames.get(String(evidence.attrs?.attributeId)) ?? 'evidence';
    result = `${result} _(evidence: ${escapeMarkdown(name)})_`;
  }
  return result;
}

function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? firstPrefix : line === '' ? prefix.trimEnd() : prefix) + line)
    .join('\n');
}

function block(node: NoteNode, children: string[]): string {
  const blocks = () => children.filter((text) => text !== '').join('\n\n');
  switch (node.type) {
    case 'hardBreak':
      return '  \n';
    case 'timestamp':
      return `\`[${String(node.attrs?.label ?? '')}]\``;
    case 'paragraph':
      return children.join('');
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      // Headings inside the note sit below the export's own "## Notes".
      return `${'#'.repeat(Math.min(6, level + 2))} ${children.join('')}`;
    }
    case 'blockquote':
      return indentLines(blocks(), '> ');
    case 'codeBlock': {
      const code = ownText(node);
      const fence = code.includes('```') ? '~~~~' : '```';
      return `${fence}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const start = Number(node.attrs?.start) || 1;
      const items = node.content ?? [];
      return children
        .map((item, index) => {
          const marker =
            node.type === 'orderedList'
              ? `${start + index}. `
              : node.type === 'taskList'
                ? `- [${items[index]?.attrs?.checked === true ? 'x' : ' '}] `
                : '- ';
          return indentLines(item, ' '.repeat(marker.length), marker);
        })
        .join('\n');
    }
    case 'kitQuestion': {
      const question = `**${escapeMarkdown(String(node.attrs?.text ?? ''))}**`;
      const guidance =
        typeof node.attrs?.guidance === 'string' && node.attrs.guidance !== ''
          ? `\n_${escapeMarkdown(node.attrs.guidance)}_`
          : '';
      const notes = blocks();
      return [`${question}${guidance}`, notes === '' ? '_No notes._' : notes].join('\n\n');
    }
    default:
      return blocks();
  }
}

/** A note as CommonMark (with GitHub task lists). Evidence tags are spelled out after the passage. */
export function noteToMarkdown(document: NoteNode, attributeNames: ReadonlyMap<string, string>): string {
  return foldNoteDocument<string>(document, {
    text(text, marks) {
      const isCode = marks.some((mark) => mark.type === 'code');
      return wrapMarks(isCode ? text : escapeMarkdown(text), marks, attributeNames);
    },
    node: block,
    flattened: (_node, text) => escapeMarkdown(text),
  })
    .filter((text) => text !== '')
    .join('\n\n');
}
