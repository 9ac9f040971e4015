import { expect, it } from 'vitest';
import type { NoteDocument, NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { noteDocumentEvidence } from '../../../shared/notes/noteDocumentEvidence.ts';
import { NoteBlocks } from './NoteBlocks.ts';

const paragraph = (text: string, attributeId?: string): NoteNode => ({
  type: 'paragraph',
  content: [
    { type: 'text', text, ...(attributeId ? { marks: [{ type: 'evidence', attrs: { attributeId } }] } : {}) },
  ],
});

it('gives exactly what JSON.stringify gives for the same document, and its length without joining', () => {
  const document: NoteDocument = { type: 'doc', content: [paragraph('One'), paragraph('Two', 'craft')] };
  let blocks = NoteBlocks.fromJson(JSON.stringify(document), 1)!;
  const steps: Array<[number, number, NoteNode[]]> = [
    [1, 0, [paragraph('Inserted')]],
    [0, 1, []],
    [0, 2, []],
    [0, 0, [paragraph('Again', 'care'), paragraph('And again')]],
  ];
  const expected = [...document.content!];
  for (const [from, removed, inserted] of steps) {
    expected.splice(from, removed, ...inserted);
    blocks = blocks.withChange({ from, removed, blocks: inserted, blockCount: expected.length }, 2)!;
    const whole: NoteDocument = { type: 'doc', content: expected };
    expect(blocks.toJson()).toBe(JSON.stringify(whole));
    expect(blocks.characters).toBe(blocks.toJson().length);
    expect(blocks.evidence()).toEqual(noteDocumentEvidence(whole));
  }
});

it('refuses a change past the end or with the wrong count, and a document that is not a plain one', () => {
  const blocks = NoteBlocks.fromJson(JSON.stringify({ type: 'doc', content: [paragraph('One')] }), 1)!;
  expect(blocks.withChange({ from: 1, removed: 1, blocks: [], blockCount: 0 }, 2)).toBeNull();
  expect(blocks.withChange({ from: 0, removed: 0, blocks: [paragraph('x')], blockCount: 1 }, 2)).toBeNull();
  expect(NoteBlocks.fromJson('{"type":"doc","attrs":{"a":1},"content":[]}', 1)).toBeNull();
  expect(NoteBlocks.fromJson('not json', 1)).toBeNull();
});
