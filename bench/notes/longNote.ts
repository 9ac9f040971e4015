import type { NoteDocument, NoteNode } from '../../src/shared/notes/NoteDocument.ts';

const vocabulary = (
  'the candidate explained how they designed the billing ledger with idempotent writes and a clear audit trail ' +
  'they asked good questions about our deployment pipeline and described an incident where a cache stampede ' +
  'took down checkout for twenty minutes then walked through the fix the postmortem and the load tests after'
).split(' ');

/** A realistic long interview note: kit questions with paragraphs, bullet lists, bold and tagged evidence. */
export function longNote(words: number): { document: NoteDocument; words: number } {
  let used = 0;
  let cursor = 0;
  const sentence = (length: number) => {
    const picked: string[] = [];
    for (let index = 0; index < length; index += 1)
      picked.push(vocabulary[(cursor += 7) % vocabulary.length]!);
    used += length;
    return `${picked.join(' ')}.`;
  };
  const content: NoteNode[] = [];
  let question = 0;
  while (used < words) {
    question += 1;
    if (question % 5 === 1) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Section ${question}` }],
      });
    }
    const blocks: NoteNode[] = [];
    for (let paragraph = 0; paragraph < 4 && used < words; paragraph += 1) {
      blocks.push({
        type: 'paragraph',
        content: [
          { type: 'timestamp', attrs: { seconds: question * 60 + paragraph * 7, at: null, label: '12:34' } },
          { type: 'text', text: ` ${sentence(30)} ` },
          { type: 'text', text: sentence(8), marks: [{ type: 'bold' }] },
          { type: 'text', text: ` ${sentence(12)} ` },
          // About one tagged passage per kit question, as a recruiter would tag.
          paragraph === 0
            ? {
                type: 'text',
                text: sentence(10),
                marks: [{ type: 'evidence', attrs: { attributeId: 'tech-system-design' } }],
              }
            : { type: 'text', text: sentence(10) },
        ],
      });
    }
    blocks.push({
      type: 'bulletList',
      content: [0, 1, 2].map(() => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(6) }] }],
      })),
    });
    content.push({
      type: 'kitQuestion',
      attrs: { questionId: `q-${question}`, text: `Question ${question}: ${sentence(9)}`, guidance: '' },
      content: blocks,
    });
  }
  content.push({ type: 'paragraph' });
  return { document: { type: 'doc', content }, words: used };
}
