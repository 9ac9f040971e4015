import { expect, it } from 'vitest';
import { deepNoteDocument } from './testing/deepNoteDocument.ts';
import { walkNoteDocument } from './walkNoteDocument.ts';

it('visits nodes in document order with their depth and index, and leaves only the ones it entered', () => {
  const events: string[] = [];
  walkNoteDocument(
    {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }] },
        { type: 'horizontalRule' },
      ],
    },
    {
      enter(node, depth, index) {
        events.push(`enter ${node.type} ${depth}:${index}`);
        return node.type !== 'horizontalRule';
      },
      leave: (node) => events.push(`leave ${node.type}`),
    },
  );
  expect(events).toEqual([
    'enter paragraph 0:0',
    'enter text 1:0',
    'leave text',
    'enter hardBreak 1:1',
    'leave hardBreak',
    'leave paragraph',
    'enter horizontalRule 0:1',
  ]);
});

it('walks a document far deeper than the call stack allows', () => {
  let deepest = 0;
  walkNoteDocument(deepNoteDocument(50_000), {
    enter(_node, depth) {
      deepest = Math.max(deepest, depth);
      return true;
    },
  });
  expect(deepest).toBe(50_001);
});
