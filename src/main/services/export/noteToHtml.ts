import type { NoteMark, NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { foldNoteDocument } from '../../../shared/notes/foldNoteDocument.ts';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';
import { ownText } from '../../../shared/notes/ownText.ts';
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

function block(node: NoteNode, children: string[]): string {
  const blocks = () => children.join('\n');
  switch (node.type) {
    case 'hardBreak':
      return '<br>';
    case 'timestamp':
      return `<span class="timestamp">${escapeHtml(String(node.attrs?.label ?? ''))}</span>`;
    case 'paragraph':
      return `<p>${children.join('')}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1) + 1);
      return `<h${level}>${children.join('')}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${blocks()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(ownText(node))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'bulletList':
      return `<ul>${blocks()}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${blocks()}</ol>`;
    }
    case 'taskList':
      return `<ul class="task-list">${blocks()}</ul>`;
    case 'listItem':
      return `<li>${blocks()}</li>`;
    case 'taskItem': {
      const checked = node.attrs?.checked === true;
      return `<li class="task"><span class="task-box" aria-label="${checked ? 'Done' : 'Not done'}">${checked ? '☑' : '☐'}</span> ${blocks()}</li>`;
    }
    case 'kitQuestion': {
      const guidance =
        typeof node.attrs?.guidance === 'string' && node.attrs.guidance !== ''
          ? `<p class="guidance">${escapeHtml(node.attrs.guidance)}</p>`
          : '';
      return `<section class="question"><h4>${escapeHtml(String(node.attrs?.text ?? ''))}</h4>${guidance}${blocks()}</section>`;
    }
    default:
      return blocks();
  }
}

/** A note as an HTML fragment: every text escaped, only allowed links, no attribute from the document copied. */
export function noteToHtml(document: NoteNode, attributeNames: ReadonlyMap<string, string>): string {
  return foldNoteDocument<string>(document, {
    text: (text, marks) => wrapMarks(escapeHtml(text), marks, attributeNames),
    node: block,
    flattened: (_node, text) => `<p>${escapeHtml(text)}</p>`,
  }).join('\n');
}
