import { expect, it } from 'vitest';
import { buildInterviewNote } from './buildInterviewNote.ts';
import { noteDocumentText } from './noteDocumentText.ts';

it('derives one line per block, with question text, timestamps and task state', () => {
  const text = noteDocumentText({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Opening' }] },
      {
        type: 'kitQuestion',
        attrs: { questionId: 'q', text: 'Why us?', guidance: '' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'timestamp', attrs: { seconds: 5, at: null, label: '00:05' } },
              { type: 'text', text: ' Loves ' },
              { type: 'text', text: 'Rust', marks: [{ type: 'bold' }] },
            ],
          },
        ],
      },
      {
        type: 'taskList',
        content: [
          {
            type: 'taskItem',
            attrs: { checked: true },
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Call back' }] }],
          },
        ],
      },
    ],
  });
  expect(text).toBe('Opening\nWhy us?\n[00:05] Loves Rust\n[x] Call back');
});

it('includes every kit question of a fresh interview note', () => {
  const document = buildInterviewNote({
    sections: [
      { id: 's', title: 'Logistics', questions: [{ id: 'q1', text: 'Notice period?', guidance: '' }] },
    ],
    attributeCategories: [],
    requireRatingNotes: false,
  });
  expect(noteDocumentText(document)).toBe('Logistics\nNotice period?\n\nOther notes');
});
