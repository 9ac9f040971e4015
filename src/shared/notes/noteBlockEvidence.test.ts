import { expect, it } from 'vitest';
import { noteBlockEvidence } from './noteBlockEvidence.ts';
import type { NoteDocument } from './NoteDocument.ts';
import { noteDocumentEvidence } from './noteDocumentEvidence.ts';

const evidence = (attributeId: string) => ({ type: 'evidence', attrs: { attributeId } });

it("a note's blocks' evidence, in order, is the whole note's evidence", () => {
  const note: NoteDocument = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Led the migration', marks: [evidence('lead')] }],
      },
      {
        type: 'kitQuestion',
        attrs: { questionId: 'q1', text: 'Design a cache', guidance: '' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'read path ', marks: [evidence('design')] },
              { type: 'text', text: 'first', marks: [evidence('design'), { type: 'bold' }] },
            ],
          },
        ],
      },
      // The same tag carried on into the next block is a passage of its own there, as in the whole note.
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'and then writes', marks: [evidence('design')] }],
      },
    ],
  };
  const perBlock = note.content!.flatMap((block) => noteBlockEvidence(block));
  expect(perBlock).toEqual(noteDocumentEvidence(note));
  expect(perBlock.map((item) => [item.text, item.questionText])).toEqual([
    ['Led the migration', null],
    ['read path first', 'Design a cache'],
    ['and then writes', null],
  ]);
});
