import type { NoteMark, NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';

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

function inline(nodes: readonly NoteNode[] | undefined, attributeNames: ReadonlyMap<string, string>): string {
  let result = '';
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const marks = node.marks ?? [];
      const isCode = marks.some((mark) => mark.type === 'code');
      result += wrapMarks(
        isCode ? (node.text ?? '') : escapeMarkdown(node.text ?? ''),
        marks,
        attributeNames,
      );
    } else if (node.type === 'hardBreak') result += '  \n';
    else if (node.type === 'timestamp') result += `\`[${String(node.attrs?.label ?? '')}]\``;
  }
  return result;
}

function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? firstPrefix : line === '' ? prefix.trimEnd() : prefix) + line)
    .join('\n');
}

function blocks(
  nodes: readonly NoteNode[] | undefined,
  attributeNames: ReadonlyMap<string, string>,
  depth: number,
): string {
  return (nodes ?? [])
    .map((node) => block(node, attributeNames, depth))
    .filter((text) => text !== '')
    .join('\n\n');
}

function block(node: NoteNode, attributeNames: ReadonlyMap<string, string>, depth: number): string {
  // Past this depth the structure is flattened rather than recursed, so no document can exhaust the stack.
  if (depth > 40) return escapeMarkdown(node.content?.map((child) => child.text ?? '').join('') ?? '');
  switch (node.type) {
    case 'paragraph':
      return inline(node.content, attributeNames);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      // Headings inside the note sit below the export's own "## Notes".
      return `${'#'.repeat(Math.min(6, level + 2))} ${inline(node.content, attributeNames)}`;
    }
    case 'blockquote':
      return indentLines(blocks(node.content, attributeNames, depth + 1), '> ');
    case 'codeBlock': {
      const code = (node.content ?? []).map((child) => child.text ?? '').join('');
      const fence = code.includes('```') ? '~~~~' : '```';
      return `${fence}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const start = Number(node.attrs?.start) || 1;
      return (node.content ?? [])
        .map((item, index) => {
          const marker =
            node.type === 'orderedList'
              ? `${start + index}. `
              : node.type === 'taskList'
                ? `- [${item.attrs?.checked === true ? 'x' : ' '}] `
                : '- ';
          return indentLines(
            blocks(item.content, attributeNames, depth + 1),
            ' '.repeat(marker.length),
            marker,
          );
        })
        .join('\n');
    }
    case 'kitQuestion': {
      const question = `**${escapeMarkdown(String(node.attrs?.text ?? ''))}**`;
      const guidance =
        typeof node.attrs?.guidance === 'string' && node.attrs.guidance !== ''
          ? `\n_${escapeMarkdown(node.attrs.guidance)}_`
          : '';
      const notes = blocks(node.content, attributeNames, depth + 1);
      return [`${question}${guidance}`, notes === '' ? '_No notes._' : notes].join('\n\n');
    }
    default:
      return blocks(node.content, attributeNames, depth + 1);
  }
}

/** A note as CommonMark (with GitHub task lists). Evidence tags are spelled out after the passage. */
export function noteToMarkdown(document: NoteNode, attributeNames: ReadonlyMap<string, string>): string {
  return blocks(document.content, attributeNames, 0);
}
