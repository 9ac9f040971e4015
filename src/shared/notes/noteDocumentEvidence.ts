import { evidenceMarkName } from './evidenceMarkName.ts';
import type { NoteNode } from './NoteDocument.ts';
import type { NoteEvidence } from './NoteEvidence.ts';
import { noteLimits } from './noteLimits.ts';

type Frame =
  { node: NoteNode; questionId: string | null; questionText: string | null } | { endOfBlock: true };

function evidenceAttributeOf(node: NoteNode): string | null {
  const mark = node.marks?.find((candidate) => candidate.type === evidenceMarkName);
  const attributeId = mark?.attrs?.attributeId;
  return typeof attributeId === 'string' ? attributeId : null;
}

/**
 * Every tagged passage of a note, in document order. Neighbouring text nodes with the same tag (split only by
 * other marks such as bold) form one passage; a passage never spans two paragraphs.
 */
export function noteDocumentEvidence(document: NoteNode): NoteEvidence[] {
  const found: NoteEvidence[] = [];
  let open: NoteEvidence | null = null;
  const close = () => {
    if (open && found.length < noteLimits.evidencePerNote) {
      const text = open.text.trim().slice(0, noteLimits.evidenceCharacters);
      if (text !== '') found.push({ ...open, text });
    }
    open = null;
  };
  const stack: Frame[] = [{ node: document, questionId: null, questionText: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('endOfBlock' in frame) {
      close();
      continue;
    }
    const { node } = frame;
    let { questionId, questionText } = frame;
    if (node.type === 'text' || node.type === 'timestamp' || node.type === 'hardBreak') {
      const attributeId = evidenceAttributeOf(node);
      if (attributeId === null) {
        close();
        continue;
      }
      const piece = node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? ' ' : '';
      if (open !== null && (open as NoteEvidence).attributeId === attributeId) {
        (open as NoteEvidence).text += piece;
      } else {
        close();
        open = { attributeId, text: piece, questionId, questionText };
      }
      continue;
    }
    if (node.type === 'kitQuestion') {
      questionId = typeof node.attrs?.questionId === 'string' ? node.attrs.questionId : null;
      questionText = typeof node.attrs?.text === 'string' ? node.attrs.text : null;
    }
    stack.push({ endOfBlock: true });
    const content = node.content ?? [];
    for (let index = content.length - 1; index >= 0; index -= 1) {
      stack.push({ node: content[index]!, questionId, questionText });
    }
  }
  close();
  return found;
}
