import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { expect, it } from 'vitest';
import type { NoteNode } from '../../shared/notes/NoteDocument.ts';
import { noteDocumentEvidence } from '../../shared/notes/noteDocumentEvidence.ts';
import { callTimesOf } from '../../shared/recordings/callTimesOf.ts';
import { createNoteExtensions } from './editor/createNoteExtensions.ts';
import { readNote } from './readNote.ts';

const schema = getSchema(
  createNoteExtensions({ attributeName: () => undefined, slashMenu: null, elapsedSeconds: () => null }),
);
const evidence = (attributeId: string) => ({ type: 'evidence', attrs: { attributeId } });
const kitQuestion: NoteNode = {
  type: 'kitQuestion',
  attrs: { questionId: 'q-design', text: 'Design a cache', guidance: '' },
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'timestamp', attrs: { seconds: 12, at: null, label: '00:12' } },
        { type: 'text', text: 'start with ', marks: [evidence('design')] },
        { type: 'text', text: 'the read path', marks: [evidence('design'), { type: 'bold' }] },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Second', marks: [evidence('design')] }] },
  ],
};

function stateOf(content: NoteNode[]) {
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content }) });
}

it('reads what the whole-document functions read: the JSON, the evidence under its question, the call times', () => {
  const state = stateOf([
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Opening' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'timestamp', attrs: { seconds: 65, at: null, label: '01:05' } },
        { type: 'timestamp', attrs: { seconds: null, at: '2026-01-01T10:00:00.000Z', label: '10:00' } },
        { type: 'text', text: 'proof', marks: [evidence('curiosity'), { type: 'italic' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] },
      ],
    },
    kitQuestion,
  ]);
  const whole = state.doc.toJSON() as NoteNode;
  const read = readNote(state.doc);
  expect(read.document).toEqual(whole);
  expect(read.evidence).toEqual(noteDocumentEvidence(whole));
  expect(read.evidence.map((item) => [item.text, item.questionText])).toContainEqual([
    'start with the read path',
    'Design a cache',
  ]);
  expect(read.callTimes).toEqual(callTimesOf(whole));
  expect(read.callTimes).toEqual([65, 12]);
  expect(read.blocks).toHaveLength(state.doc.childCount);
});

it('after typing into one block, reads that block again and reuses every other one', () => {
  const state = stateOf([
    { type: 'paragraph', content: [{ type: 'text', text: 'First' }] },
    kitQuestion,
    { type: 'paragraph', content: [{ type: 'text', text: 'Last' }] },
  ]);
  const before = readNote(state.doc);
  // Position 1 is inside the first paragraph.
  const typed = state.apply(state.tr.insertText('Very ', 1));
  const after = readNote(typed.doc);
  expect(after.document).toEqual(typed.doc.toJSON());
  expect(after.document.content![0]).toEqual({
    type: 'paragraph',
    content: [{ type: 'text', text: 'Very First' }],
  });
  expect(after.document.content![1]).toBe(before.document.content![1]);
  expect(after.document.content![2]).toBe(before.document.content![2]);
  expect(after.evidence).toEqual(before.evidence);
});

it('an empty note reads as the editor would write it, with no content', () => {
  const empty = EditorState.create({
    schema,
    doc: schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] }),
  });
  const cleared = empty.apply(empty.tr.delete(0, empty.doc.content.size));
  expect(readNote(cleared.doc).document).toEqual(cleared.doc.toJSON());
});
