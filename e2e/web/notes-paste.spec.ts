import type { Page } from '@playwright/test';
import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';

/** Pastes as the browser would: a paste event carrying text/html (and text/plain) on the editor. */
async function paste(page: Page, html: string, text = ''): Promise<void> {
  await page.evaluate(
    ([htmlData, textData]) => {
      const data = new DataTransfer();
      data.setData('text/html', htmlData!);
      data.setData('text/plain', textData!);
      const editor = document.querySelector('.ProseMirror')!;
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [html, text],
  );
}

test.describe('pasting into notes', () => {
  let notes: InterviewPage;

  test.beforeEach(async ({ page, webHost }) => {
    const candidate = await callApi(webHost, 'candidates.create', { name: 'Paste Test' });
    const interview = await callApi(webHost, 'interviews.create', {
      candidateId: candidate.id,
      title: 'Paste',
    });
    notes = new InterviewPage(page);
    await page.goto(`${webHost.url}#/interviews/${interview.id}`);
    await notes.editor.click();
  });

  test('drops scripts, event handlers, styles, embedded content and javascript: links', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await paste(
      page,
      `<style>body { display: none }</style>
       <p style="color: red" onclick="window.pwned = 'onclick'">Hello <img src="x" onerror="window.pwned = 'img'">world</p>
       <script>window.pwned = 'script'</script>
       <p><a href="javascript:window.pwned='link'">bad link</a> and <a href=" JaVa&#x09;Script:alert(1)">sneaky</a>
          and <a href="https://example.com/ok" onmouseover="window.pwned='hover'">good link</a>
          and <a href="data:text/html,<script>alert(1)</script>">data link</a></p>
       <iframe src="javascript:window.pwned='iframe'"></iframe>
       <svg><script>window.pwned = 'svg'</script><circle onload="window.pwned='svg-load'"/></svg>
       <form action="https://evil.example"><input value="secret"><button>Send</button></form>
       <object data="x"></object><embed src="x"><video src="x" onerror="window.pwned='video'"></video>
       <mark data-evidence="__proto__">weird tag</mark>
       <details open ontoggle="window.pwned='toggle'"><summary>Summary</summary>Details text</details>`,
      'Hello world',
    );
    await expect(notes.editor).toContainText('Hello world');
    await expect(notes.editor).toContainText('good link');
    const html = await notes.editor.innerHTML();
    for (const forbidden of [
      '<script',
      'onerror',
      'onclick',
      'onmouseover',
      'ontoggle',
      'javascript:',
      'data:text',
      '<img',
      '<iframe',
      '<svg',
      '<form',
      '<input',
      '<object',
      '<embed',
      '<video',
      'style="color',
    ]) {
      expect(html.toLowerCase(), forbidden).not.toContain(forbidden.toLowerCase());
    }
    await expect(notes.editor.locator('a')).toHaveCount(1);
    await expect(notes.editor.locator('a')).toHaveAttribute('href', 'https://example.com/ok');
    await expect(notes.editor).toContainText('bad link');
    await expect(notes.editor.locator('mark[data-evidence]')).toHaveCount(0);
    await expect(notes.editor.locator('[style]')).toHaveCount(0);
    // Give any handler that could fire (image errors, media errors) the chance to, then check none did.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await notes.waitUntilSaved();
  });

  test('keeps the structure of a Word document: headings, bullet and numbered lists with nesting, bold, links', async ({
    page,
  }) => {
    await paste(
      page,
      `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-outline-level:1'><span lang=EN-US>Candidate summary<o:p></o:p></span></h1>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Strengths</span></b> noted by the <a href="https://panel.example/notes">panel</a>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Clear communicator<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Explained trade-offs unprompted<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Strong testing habits<o:p></o:p></p>
<h2>Next steps<o:p></o:p></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Reference check<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Offer call<o:p></o:p></p>
<!--EndFragment--></body></html>`,
    );
    await expect(notes.editor.getByRole('heading', { name: 'Candidate summary', level: 1 })).toBeVisible();
    await expect(notes.editor.getByRole('heading', { name: 'Next steps', level: 2 })).toBeVisible();
    await expect(notes.editor.locator('strong')).toHaveText('Strengths');
    await expect(notes.editor.locator('a')).toHaveAttribute('href', 'https://panel.example/notes');
    const bullets = notes.editor.locator('ul').first();
    await expect(bullets.locator(':scope > li')).toHaveCount(2);
    await expect(bullets.locator(':scope > li').first()).toContainText('Clear communicator');
    await expect(bullets.locator(':scope > li ul > li')).toHaveText('Explained trade-offs unprompted');
    await expect(notes.editor.locator('ol > li')).toHaveText(['Reference check', 'Offer call']);
    // Word's typed-out bullets and conditional comments are gone.
    await expect(notes.editor).not.toContainText('·');
    await expect(notes.editor).not.toContainText('supportLists');
    await notes.waitUntilSaved();
  });

  test('keeps the structure of a Google Docs paste without making everything bold', async ({ page }) => {
    await paste(
      page,
      `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-abcdefabcdef">
<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">Interview debrief</span></h2>
<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;">Verdict:</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> move forward, see </span><a href="https://docs.google.com/document/d/abc" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;text-decoration:underline;">the rubric</span></a></p>
<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">
<li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-style:italic;font-weight:400;">Curious</span></p></li>
<li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Kind to juniors</span></p></li>
</ul>
<ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Schedule onsite</span></p></li></ol>
</b>`,
    );
    await expect(notes.editor.getByRole('heading', { name: 'Interview debrief', level: 2 })).toBeVisible();
    await expect(notes.editor.locator('strong')).toHaveText('Verdict:');
    await expect(notes.editor.locator('em')).toHaveText('Curious');
    await expect(notes.editor.locator('ul > li')).toHaveText(['Curious', 'Kind to juniors']);
    await expect(notes.editor.locator('ol > li')).toHaveText(['Schedule onsite']);
    await expect(notes.editor.locator('a')).toHaveAttribute('href', 'https://docs.google.com/document/d/abc');
    await notes.waitUntilSaved();
  });

  test('keeps headings, lists, quotes and links from a web page', async ({ page }) => {
    await paste(
      page,
      `<article class="post"><h3 class="title">About the team</h3><p>We <strong>ship</strong> weekly. <a href="http://blog.example/post" target="_self">Read more</a></p>
       <blockquote cite="x"><p>Make it work, make it right, make it fast.</p></blockquote>
       <ul class="nav"><li><a href="/relative">Relative link</a></li><li>Plain item</li></ul></article>`,
    );
    await expect(notes.editor.getByRole('heading', { name: 'About the team', level: 3 })).toBeVisible();
    await expect(notes.editor.locator('blockquote')).toHaveText('Make it work, make it right, make it fast.');
    await expect(notes.editor.locator('ul > li')).toHaveText(['Relative link', 'Plain item']);
    // A relative link means nothing outside its page: the text stays, the link goes.
    await expect(notes.editor.locator('a')).toHaveCount(1);
    await expect(notes.editor.locator('a')).toHaveAttribute('href', 'http://blog.example/post');
    await notes.waitUntilSaved();
  });

  test('a 5 MB paste completes and the editor still responds to typing', async ({ page }) => {
    test.setTimeout(120_000);
    const paragraph =
      '<p class="MsoNormal" style="margin:0;font-family:Calibri,sans-serif;color:#333333;line-height:1.4"><span style="font-size:11pt;mso-fareast-font-family:Calibri">Candidate explained the design of the cache invalidation with care.</span></p>\n';
    const count = Math.ceil((5 * 1024 * 1024) / paragraph.length);
    const html = `<div>${paragraph.repeat(count)}<p>END-OF-PASTE</p></div>`;
    expect(html.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    await paste(page, html);
    await expect(notes.editor).toContainText('END-OF-PASTE', { timeout: 60_000 });
    await page.keyboard.type(' still responsive');
    await expect(notes.editor.locator('p').last()).toHaveText('END-OF-PASTE still responsive');
    await expect(notes.editor.locator('p')).toHaveCount(count + 1);
    await expect(notes.saveStatus).toHaveText('Saved', { timeout: 60_000 });
  });
});
