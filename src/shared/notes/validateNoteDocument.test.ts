import { describe, expect, it } from 'vitest';
import { noteLimits } from './noteLimits.ts';
import { validateNoteDocument } from './validateNoteDocument.ts';

const paragraph = (text: string, marks?: unknown[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks }],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('validateNoteDocument', () => {
  it('accepts every node and mark the editor produces', () => {
    const document = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Opening' }] },
      {
        type: 'kitQuestion',
        attrs: { questionId: 'q-1', text: 'Why us?', guidance: 'Listen' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'timestamp', attrs: { seconds: 75, at: null, label: '01:15' } },
              {
                type: 'text',
                text: ' Great answer',
                marks: [{ type: 'evidence', attrs: { attributeId: 'a-1' } }, { type: 'bold' }],
              },
              { type: 'hardBreak' },
              {
                type: 'text',
                text: 'docs',
                marks: [
                  {
                    type: 'link',
                    attrs: { href: 'https://example.com', target: '_blank', rel: null, class: null },
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('Send offer')] }],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('one')] }] },
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [{ type: 'listItem', content: [paragraph('two')] }],
      },
      { type: 'blockquote', content: [paragraph('quote')] },
      { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'x = 1' }] },
      { type: 'horizontalRule' },
      { type: 'paragraph' },
    );
    expect(validateNoteDocument(document)).toEqual([]);
  });

  it.each([
    ['not an object', 'hello'],
    ['a root that is not a doc', { type: 'paragraph' }],
    ['an unknown node type', doc({ type: 'script', content: [] })],
    ['an unknown mark', doc(paragraph('x', [{ type: 'onclick' }]))],
    ['a javascript: link', doc(paragraph('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))],
    [
      'a javascript: link hidden by whitespace',
      doc(paragraph('x', [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }])),
    ],
    ['a data: link', doc(paragraph('x', [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }]))],
    ['an evidence mark without attribute', doc(paragraph('x', [{ type: 'evidence' }]))],
    ['an empty text node', doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] })],
    ['a nested doc', doc({ type: 'doc' })],
    ['an unknown field', doc({ type: 'paragraph', onload: 'x' })],
    ['an object attribute', doc({ type: 'paragraph', attrs: { style: { color: 'red' } } })],
    ['a heading level 9', doc({ type: 'heading', attrs: { level: 9 } })],
    ['content that is not a list', doc({ type: 'paragraph', content: 'text' })],
  ])('refuses %s', (_label, value) => {
    const issues = validateNoteDocument(value);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message.length).toBeGreaterThan(0);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    let node: Record<string, unknown> = paragraph('deep');
    for (let level = 0; level < 100_000; level += 1) node = { type: 'blockquote', content: [node] };
    const issues = validateNoteDocument(doc(node));
    expect(issues[0]!.message).toMatch(/nest at most/);
  });

  it('reports where the problem is', () => {
    const issues = validateNoteDocument(
      doc(paragraph('ok'), paragraph('x', [{ type: 'link', attrs: { href: 'javascript:x' } }])),
    );
    expect(issues[0]).toEqual({
      path: 'content.1.content.0.marks.0.attrs.href',
      message: 'Links must be http, https or mailto addresses',
    });
  });

  it('accepts a 20,000-word note (its speed is measured by npm run bench:notes, not asserted here)', () => {
    const words = Array.from({ length: 60 }, () => 'candidate').join(' ');
    const document = doc(...Array.from({ length: 20_000 / 60 }, () => paragraph(words)));
    expect(validateNoteDocument(document)).toEqual([]);
    expect(noteLimits.depth).toBeGreaterThan(10);
  });
});
