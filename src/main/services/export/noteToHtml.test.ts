import { expect, it } from 'vitest';
import { deepNoteDocument } from '../../../shared/notes/testing/deepNoteDocument.ts';
import { sampleNoteDocument } from '../../../shared/notes/testing/sampleNoteDocument.ts';
import { noteToHtml } from './noteToHtml.ts';

const attributeNames = new Map([['a1', 'Ownership & "drive"']]);

it('writes every node and mark as escaped HTML, dropping links that are not allowed', () => {
  expect(noteToHtml(sampleNoteDocument, attributeNames)).toBe(
    '<h2>Opening &lt;remarks&gt; &amp; &quot;quotes&quot;</h2>\n<h6>Small</h6>\n<p><span class="timestamp">01:05</span> Plain *stars* _under_ [brackets] #hash `tick` | ~ \\ <strong>bold</strong> <em><strong>both</strong></em><br><u>under</u><s>gone</s><strong><code>a `b` &lt;c&gt;</code></strong><a href="https://example.com/a b&lt;c&gt;" rel="noopener noreferrer">site</a>bad<mark title="Ownership &amp; &quot;drive&quot;">proof<span class="evidence-tag"> (Ownership &amp; &quot;drive&quot;)</span></mark><mark title="Evidence">unknown<span class="evidence-tag"> (Evidence)</span></mark><span class="timestamp">10:00</span></p>\n<p></p>\n<blockquote><p>Quoted one</p>\n<p>Quoted two</p></blockquote>\n<pre><code>const a = 1 &lt; 2;\n```</code></pre>\n<pre><code>plain()</code></pre>\n<hr>\n<ul><li><p>First</p>\n<p>First, more</p></li>\n<li><p>Second</p>\n<ul><li><p>Nested</p></li></ul></li></ul>\n<ol start="3"><li><p>Third</p></li></ol>\n<ol><li><p>One</p></li></ol>\n<ul class="task-list"><li class="task"><span class="task-box" aria-label="Done">☑</span> <p>Done thing</p></li>\n<li class="task"><span class="task-box" aria-label="Not done">☐</span> <p>Open thing</p></li></ul>\n<section class="question"><h4>Why &lt;us&gt;?</h4><p class="guidance">Listen for *motive*</p><p>Because</p></section>\n<section class="question"><h4>Empty?</h4></section>\n<p>Inside unknown</p>',
  );
});

it('flattens blocks nested more than 40 levels deep into their own text', () => {
  const html = noteToHtml(deepNoteDocument(44), attributeNames);
  expect(html.match(/<blockquote>/g)).toHaveLength(41);
  expect(html.startsWith('<blockquote>'.repeat(41) + '<p></p>\n<p>L3</p></blockquote>\n<p>L4</p>')).toBe(
    true,
  );
  expect(html).not.toContain('Deep');
});
