import type { NoteMark, NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';
import { escapeHtml } from './escapeHtml.ts';

function wrapMarks(
  html: string,
  marks: readonly NoteMark[],
  attributeNames: ReadonlyMap<string, string>,
): string {
  let result = html;
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        result = `<strong>${result}</strong>`;
        break;
      case 'italic':
        result = `<em>${result}</em>`;
        break;
      case 'underline':
        result = `<u>${result}</u>`;
        break;
      case 'strike':
        result = `<s>${result}</s>`;
        break;
      case 'code':
        result = `<code>${result}</code>`;
        break;
      case 'link':
        if (isAllowedLink(mark.attrs?.href)) {
          result = `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer">${result}</a>`;
        }
        break;
      case 'evidence': {
        const name = attributeNames.get(String(mark.attrs?.attributeId)) ?? 'Evidence';
        result = `<mark title="${escapeHtml(name)}">${result}<span class="evidence-tag"> (${escapeHtml(name)})</span></mark>`;
        break;
      }
    }
  }
  return result;
}

function inline(nodes: readonly NoteNode[] | undefined, attributeNames: ReadonlyMap<string, string>): string {
  let result = '';
  for (const node of nodes ?? []) {
    if (node.type === 'text')
      result += wrapMarks(escapeHtml(node.text ?? ''), node.marks ?? [], attributeNames);
    else if (node.type === 'hardBreak') result += '<br>';
    else if (node.type === 'timestamp')
      result += `<span class="timestamp">${escapeHtml(String(node.attrs?.label ?? ''))}</span>`;
  }
  return result;
}

function blocks(
  nodes: readonly NoteNode[] | undefined,
  attributeNames: ReadonlyMap<string, string>,
  depth: number,
): string {
  return (nodes ?? []).map((node) => block(node, attributeNames, depth)).join('\n');
}

function block(node: NoteNode, attributeNames: ReadonlyMap<string, string>, depth: number): string {
  // Past this depth the structure is flattened rather than recursed, so no document can exhaust the stack.
  if (depth > 40)
    return `<p>${escapeHtml(node.content?.map((child) => child.text ?? '').join('') ?? '')}</p>`;
  const children = () => blocks(node.content, attributeNames, depth + 1);
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(node.content, attributeNames)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1) + 1);
      return `<h${level}>${inline(node.content, attributeNames)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${children()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml((node.content ?? []).map((child) => child.text ?? '').join(''))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'bulletList':
      return `<ul>${children()}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${children()}</ol>`;
    }
    case 'taskList':
      return `<ul class="task-list">${children()}</ul>`;
    case 'listItem':
      return `<li>${children()}</li>`;
    case 'taskItem': {
      const checked = node.attrs?.checked === true;
      return `<li class="task"><span class="task-box" aria-label="${checked ? 'Done' : 'Not done'}">${checked ? '☑' : '☐'}</span> ${children()}</li>`;
    }
    case 'kitQuestion': {
      const guidance =
        typeof node.attrs?.guidance === 'string' && node.attrs.guidance !== ''
          ? `<p class="guidance">${escapeHtml(node.attrs.guidance)}</p>`
          : '';
      return `<section class="question"><h4>${escapeHtml(String(node.attrs?.text ?? ''))}</h4>${guidance}${children()}</section>`;
    }
    default:
      return children();
  }
}

/** A note as an HTML fragment: every text escaped, only allowed links, no attribute from the document copied. */
export function noteToHtml(document: NoteNode, attributeNames: ReadonlyMap<string, string>): string {
  return blocks(document.content, attributeNames, 0);
}
