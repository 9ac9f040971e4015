import { expect, it } from 'vitest';
import { deepNoteDocument } from '../../../shared/notes/testing/deepNoteDocument.ts';
import { sampleNoteDocument } from '../../../shared/notes/testing/sampleNoteDocument.ts';
import { noteToMarkdown } from './noteToMarkdown.ts';

const attributeNames = new Map([['a1', 'Ownership & "drive"']]);

it('writes every node and mark as CommonMark, escaping syntax in running text', () => {
  expect(noteToMarkdown(sampleNoteDocument, attributeNames)).toBe(
    '### Opening \\<remarks\\> & "quotes"\n\n###### Small\n\n`[01:05]` Plain \\*stars\\* \\_under\\_ \\[brackets\\] \\#hash \\`tick\\` \\| \\~ \\\\ **bold** ***both***  \nunder~~gone~~**`a ˋbˋ <c>`**[site](<https://example.com/a%20b%3Cc%3E>)badproof _(evidence: Ownership & "drive")_unknown _(evidence: evidence)_`[10:00]`\n\n> Quoted one\n>\n> Quoted two\n\n~~~~\nconst a = 1 < 2;\n```\n~~~~\n\n```\nplain()\n```\n\n---\n\n- First\n\n  First, more\n- Second\n\n  - Nested\n\n3. Third\n\n1. One\n\n- [x] Done thing\n- [ ] Open thing\n\n**Why \\<us\\>?**\n_Listen for \\*motive\\*_\n\nBecause\n\n**Empty?**\n\n_No notes._\n\nInside unknown',
  );
});

it('flattens blocks nested more than 40 levels deep into their own text', () => {
  const markdown = noteToMarkdown(deepNoteDocument(44), attributeNames);
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('> '.repeat(41) + 'L3');
  expect(lines.at(-1)).toBe('> L43');
  expect(markdown).not.toContain('Deep');
});
