import type { ReactNode } from 'react';
import { foldNoteDocument } from '../../shared/notes/foldNoteDocument.ts';
import { isAllowedLink } from '../../shared/notes/isAllowedLink.ts';
import { ownText } from '../../shared/notes/ownText.ts';
import type { NoteMark, NoteNode } from '../../shared/notes/NoteDocument.ts';
import { timestampChip } from './editor/timestampChip.ts';
import './noteMarks.css';
import './noteView.css';

type Names = ReadonlyMap<string, string>;

function withMarks(text: ReactNode, marks: readonly NoteMark[], names: Names): ReactNode {
  let result = text;
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        result = <strong>{result}</strong>;
        break;
      case 'italic':
        result = <em>{result}</em>;
        break;
      case 'underline':
        result = <u>{result}</u>;
        break;
      case 'strike':
        result = <s>{result}</s>;
        break;
      case 'code':
        result = <code>{result}</code>;
        break;
      case 'link':
        if (isAllowedLink(mark.attrs?.href)) {
          result = (
            <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer">
              {result}
            </a>
          );
        }
        break;
      case 'evidence': {
        const name = names.get(String(mark.attrs?.attributeId)) ?? 'Evidence';
        result = (
          <mark className="evidence" title={`Evidence: ${name}`}>
            {result}
            <span className="evidence-tag"> ({name})</span>
          </mark>
        );
        break;
      }
    }
  }
  return result;
}

function renderNode(node: NoteNode, children: ReactNode[], key: number): ReactNode {
  switch (node.type) {
    case 'hardBreak':
      return <br key={key} />;
    case 'timestamp': {
      // The same chip as in the editor: which clock it is shows in its look and in its name.
      const chip = timestampChip(node.attrs);
      const at = typeof node.attrs?.at === 'string' ? node.attrs.at : undefined;
      return (
        <time
          key={key}
          className="timestamp-chip"
          role="img"
          aria-label={chip.name}
          dateTime={chip.kind === 'clock' ? at : `PT${Number(node.attrs?.seconds) || 0}S`}
          data-at={chip.kind === 'clock' ? at : undefined}
        >
          {chip.label}
        </time>
      );
    }
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1) + 1);
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{children}</Tag>;
    }
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{ownText(node)}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={Number(node.attrs?.start) || undefined}>
          {children}
        </ol>
      );
    case 'taskList':
      return (
        <ul key={key} className="task-list">
          {children}
        </ul>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'taskItem':
      return (
        <li key={key} className="task-item" data-checked={node.attrs?.checked === true ? 'true' : 'false'}>
          <span aria-label={node.attrs?.checked === true ? 'Done' : 'Not done'} role="img">
            {node.attrs?.checked === true ? '☑' : '☐'}
          </span>{' '}
          <div>{children}</div>
        </li>
      );
    case 'kitQuestion':
      return (
        <section key={key} className="print-question">
          <h4>{String(node.attrs?.text ?? '')}</h4>
          {typeof node.attrs?.guidance === 'string' && node.attrs.guidance !== '' && (
            <p className="print-guidance">{node.attrs.guidance}</p>
          )}
          {children}
        </section>
      );
    default:
      return <div key={key}>{children}</div>;
  }
}

/** A note, read-only, as React elements: for the printable page. Text is rendered as text, never as HTML. */
export function NoteDocumentView({
  document,
  attributeNames,
}: {
  document: NoteNode;
  attributeNames: Names;
}) {
  return (
    <div className="note-view">
      {foldNoteDocument<ReactNode>(document, {
        text: (text, marks, key) => <span key={key}>{withMarks(text, marks, attributeNames)}</span>,
        node: renderNode,
        flattened: (_node, text, key) => <p key={key}>{text}</p>,
      })}
    </div>
  );
}
