import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, expect, it } from 'vitest';
import { deepNoteDocument } from '../../shared/notes/testing/deepNoteDocument.ts';
import { sampleNoteDocument } from '../../shared/notes/testing/sampleNoteDocument.ts';
import { formatClockTime } from '../../shared/time/formatClockTime.ts';
import { NoteDocumentView } from './NoteDocumentView.tsx';

afterEach(() => formatClockTime.useLocale(undefined));

const attributeNames = new Map([['a1', 'Ownership & "drive"']]);

it('renders every node and mark as elements, with text as text, and chips named for their clock', () => {
  // 10:00 UTC in this machine's zone, in the 24-hour clock the test pins.
  formatClockTime.useLocale('en-GB');
  const tenUtc = formatClockTime('2026-01-01T10:00:00.000Z');
  const html = renderToStaticMarkup(
    <NoteDocumentView document={sampleNoteDocument} attributeNames={attributeNames} />,
  );
  expect(html).toBe(
    '<div class="note-view"><h2><span>Opening &lt;remarks&gt; &amp; &quot;quotes&quot;</span></h2><h6><span>Small</span></h6><p><time class="timestamp-chip" role="img" aria-label="Call time 01:05" dateTime="PT65S">01:05</time><span> Plain *stars* _under_ [brackets] #hash `tick` | ~ \\ </span><span><strong>bold</strong></span><span> </span><span><em><strong>both</strong></em></span><br/><span><u>under</u></span><span><s>gone</s></span><span><strong><code>a `b` &lt;c&gt;</code></strong></span><span><a href="https://example.com/a b&lt;c&gt;" target="_blank" rel="noopener noreferrer">site</a></span><span>bad</span><span><mark class="evidence" title="Evidence: Ownership &amp; &quot;drive&quot;">proof<span class="evidence-tag"> (Ownership &amp; &quot;drive&quot;)</span></mark></span><span><mark class="evidence" title="Evidence: Evidence">unknown<span class="evidence-tag"> (Evidence)</span></mark></span><span></span><time class="timestamp-chip" role="img" aria-label="Time of day ' +
      tenUtc +
      '" dateTime="2026-01-01T10:00:00.000Z" data-at="2026-01-01T10:00:00.000Z">' +
      tenUtc +
      '</time></p><p></p><blockquote><p><span>Quoted one</span></p><p><span>Quoted two</span></p></blockquote><pre><code>const a = 1 &lt; 2;\n```</code></pre><pre><code>plain()</code></pre><hr/><ul><li><p><span>First</span></p><p><span>First, more</span></p></li><li><p><span>Second</span></p><ul><li><p><span>Nested</span></p></li></ul></li></ul><ol start="3"><li><p><span>Third</span></p></li></ol><ol start="1"><li><p><span>One</span></p></li></ol><ul class="task-list"><li class="task-item" data-checked="true"><span aria-label="Done" role="img">☑</span> <div><p><span>Done thing</span></p></div></li><li class="task-item" data-checked="false"><span aria-label="Not done" role="img">☐</span> <div><p><span>Open thing</span></p></div></li></ul><section class="print-question"><h4>Why &lt;us&gt;?</h4><p class="print-guidance">Listen for *motive*</p><p><span>Because</span></p></section><section class="print-question"><h4>Empty?</h4></section><div><p><span>Inside unknown</span></p></div></div>',
  );
});

it('flattens blocks nested more than 40 levels deep into their own text', () => {
  const html = renderToStaticMarkup(
    <NoteDocumentView document={deepNoteDocument(44)} attributeNames={attributeNames} />,
  );
  expect(html.match(/<blockquote>/g)).toHaveLength(41);
  expect(html).toContain('<p></p><p>L3</p></blockquote><p><span>L4</span></p></blockquote>');
  expect(html).not.toContain('Deep');
});
