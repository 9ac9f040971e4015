import { expect, it } from 'vitest';
import { noteDocumentEvidence } from './noteDocumentEvidence.ts';

const evidence = (attributeId: string) => ({ type: 'evidence', attrs: { attributeId } });

it('joins neighbouring tagged text into one passage and records the question it sits under', () => {
  const found = noteDocumentEvidence({
    type: 'doc',
    content: [
      {
        type: 'kitQuestion',
        attrs: { questionId: 'q-design', text: 'Design a cache', guidance: '' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'She said ' },
              { type: 'text', text: 'start with ', marks: [evidence('design')] },
              { type: 'text', text: 'the read path', marks: [evidence('design'), { type: 'bold' }] },
              { type: 'text', text: ' and ' },
              { type: 'text', text: 'asked about load', marks: [evidence('curiosity')] },
            ],
          },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Second paragraph', marks: [evidence('design')] }],
          },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Outside', marks: [evidence('design')] }] },
    ],
  });
  expect(found).toEqual([
    {
      attributeId: 'design',
      text: 'start with the read path',
      questionId: 'q-design',
      questionText: 'Design a cache',
    },
    {
      attributeId: 'curiosity',
      text: 'asked about load',
      questionId: 'q-design',
      questionText: 'Design a cache',
    },
    {
      attributeId: 'design',
      text: 'Second paragraph',
      questionId: 'q-design',
      questionText: 'Design a cache',
    },
    { attributeId: 'design', text: 'Outside', questionId: null, questionText: null },
  ]);
});
