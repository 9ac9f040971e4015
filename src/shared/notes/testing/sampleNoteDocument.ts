import type { NoteDocument, NoteNode } from '../NoteDocument.ts';

const paragraph = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Every node and mark the editor makes, with text that needs escaping: for tests of each view of a note. */
export const sampleNoteDocument: NoteDocument = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Opening <remarks> & "quotes"' }],
    },
    { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'Small' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'timestamp', attrs: { seconds: 65, at: null, label: '01:05' } },
        { type: 'text', text: ' Plain *stars* _under_ [brackets] #hash `tick` | ~ \\ ' },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'under', marks: [{ type: 'underline' }] },
        { type: 'text', text: 'gone', marks: [{ type: 'strike' }] },
        { type: 'text', text: 'a `b` <c>', marks: [{ type: 'code' }, { type: 'bold' }] },
        {
          type: 'text',
          text: 'site',
          marks: [{ type: 'link', attrs: { href: 'https://example.com/a b<c>' } }],
        },
        { type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'text', text: 'proof', marks: [{ type: 'evidence', attrs: { attributeId: 'a1' } }] },
        { type: 'text', text: 'unknown', marks: [{ type: 'evidence', attrs: { attributeId: 'zz' } }] },
        { type: 'text' },
        { type: 'timestamp', attrs: { seconds: null, at: '2026-01-01T10:00:00.000Z', label: '10:00' } },
      ],
    },
    { type: 'paragraph' },
    { type: 'blockquote', content: [paragraph('Quoted one'), paragraph('Quoted two')] },
    { type: 'codeBlock', content: [{ type: 'text', text: 'const a = 1 < 2;\n```' }] },
    { type: 'codeBlock', content: [{ type: 'text', text: 'plain()' }] },
    { type: 'horizontalRule' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('First'), paragraph('First, more')] },
        {
          type: 'listItem',
          content: [
            paragraph('Second'),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Nested')] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [paragraph('Third')] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [{ type: 'listItem', content: [paragraph('One')] }],
    },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph('Done thing')] },
        { type: 'taskItem', attrs: { checked: false }, content: [paragraph('Open thing')] },
      ],
    },
    {
      type: 'kitQuestion',
      attrs: { questionId: 'q1', text: 'Why <us>?', guidance: 'Listen for *motive*' },
      content: [paragraph('Because')],
    },
    { type: 'kitQuestion', attrs: { questionId: 'q2', text: 'Empty?', guidance: '' }, content: [] },
    { type: 'unknownBlock', content: [paragraph('Inside unknown')] },
  ],
};
