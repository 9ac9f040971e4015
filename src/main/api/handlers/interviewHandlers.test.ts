import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteNode } from '../../../shared/notes/NoteDocument.ts';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';

let test: TestBackend;
beforeEach(() => {
  test = openTestBackend();
});
afterEach(() => test.close());

async function technicalInterview() {
  const candidate = await test.call('candidates.create', { name: 'Grace Hopper' });
  const kit = (await test.call('kits.list', {})).items.find((item) => item.name === 'Technical interview')!;
  const interview = await test.call('interviews.create', {
    candidateId: candidate.id,
    title: 'Technical screen',
    kitId: kit.id,
  });
  return { candidate, kit, interview };
}

describe('interviews', () => {
  it('start from a kit: planned, with notes holding one block per kit question and an empty scorecard', async () => {
    const { candidate, kit, interview } = await technicalInterview();
    expect(interview).toMatchObject({
      candidateId: candidate.id,
      candidateName: 'Grace Hopper',
      title: 'Technical screen',
      kitId: kit.id,
      status: 'planned',
      startedAt: null,
      endedAt: null,
      durationSeconds: null,
    });
    expect(interview.kit?.name).toBe('Technical interview');
    const note = await test.call('notes.get', { id: interview.noteId });
    expect(note).toMatchObject({ candidateId: candidate.id, interviewId: interview.id, sequence: 0 });
    const questions = (note.document.content ?? []).filter((node: NoteNode) => node.type === 'kitQuestion');
    expect(questions.map((node) => node.attrs?.questionId)).toEqual(
      kit.definition.sections.flatMap((section) => section.questions.map((question) => question.id)),
    );
    const scorecard = await test.call('scorecards.get', { interviewId: interview.id });
    expect(scorecard).toMatchObject({
      ratings: {},
      recommendation: null,
      revision: 1,
      submittedAt: null,
      evidence: [],
    });
  });

  it('move planned → in progress → done and record the duration', async () => {
    const { interview } = await technicalInterview();
    const started = await test.call('interviews.start', { id: interview.id });
    expect(started.status).toBe('in_progress');
    expect(started.startedAt).not.toBeNull();
    expect((await test.call('interviews.start', { id: interview.id })).startedAt).toBe(started.startedAt);
    const ended = await test.call('interviews.end', { id: interview.id });
    expect(ended).toMatchObject({ status: 'done', durationSeconds: expect.any(Number) });
    expect(ended.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(await test.result('interviews.start', { id: interview.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('times the call apart from the interview: first connected → ended, a reconnection keeps the start', async () => {
    test.close();
    let now = Date.parse('2026-03-02T10:00:00.000Z');
    test = openTestBackend({ clock: () => new Date(now) });
    const { interview } = await technicalInterview();
    await test.call('interviews.start', { id: interview.id });
    now += 7 * 60_000 - 147_000; // the candidate joins 4:33 later
    const connected = await test.call('interviews.callConnected', { id: interview.id });
    expect(connected).toMatchObject({
      status: 'in_progress',
      startedAt: '2026-03-02T10:00:00.000Z',
      callConnectedAt: '2026-03-02T10:04:33.000Z',
      callEndedAt: null,
      callDurationSeconds: null,
    });
    now += 60_000; // a reconnection a minute in
    expect((await test.call('interviews.callConnected', { id: interview.id })).callConnectedAt).toBe(
      '2026-03-02T10:04:33.000Z',
    );
    now += 87_000;
    const ended = await test.call('interviews.callEnded', { id: interview.id });
    expect(ended).toMatchObject({
      status: 'done',
      durationSeconds: 420,
      callEndedAt: '2026-03-02T10:07:00.000Z',
      callDurationSeconds: 147,
    });
    now += 5_000;
    expect((await test.call('interviews.callEnded', { id: interview.id })).callDurationSeconds).toBe(147);
  });

  it('a call that never connected ends the interview without a call duration', async () => {
    const { interview } = await technicalInterview();
    await test.call('interviews.start', { id: interview.id });
    const ended = await test.call('interviews.callEnded', { id: interview.id });
    expect(ended).toMatchObject({ status: 'done', callConnectedAt: null, callDurationSeconds: null });
    expect(await test.result('interviews.callConnected', { id: interview.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('can also be started and ended through update, but never moved back to planned', async () => {
    const { interview } = await technicalInterview();
    expect(
      (await test.call('interviews.update', { id: interview.id, changes: { status: 'in_progress' } })).status,
    ).toBe('in_progress');
    expect(
      await test.result('interviews.update', { id: interview.id, changes: { status: 'planned' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const done = await test.call('interviews.update', { id: interview.id, changes: { status: 'done' } });
    expect(done).toMatchObject({
      status: 'done',
      endedAt: expect.any(String),
      durationSeconds: expect.any(Number),
    });
  });

  it('list as the candidate’s timeline, and can be renamed and rescheduled', async () => {
    const { candidate, interview } = await technicalInterview();
    const blank = await test.call('interviews.create', {
      candidateId: candidate.id,
      title: 'Chat',
      scheduledAt: '2030-01-01T09:00:00.000Z',
    });
    expect(blank.kit).toBeNull();
    const note = await test.call('notes.get', { id: blank.noteId });
    expect(note.document).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    const { items, total } = await test.call('interviews.list', { candidateId: candidate.id });
    expect(total).toBe(2);
    expect(items.map((item) => item.id)).toEqual([blank.id, interview.id]);
    const updated = await test.call('interviews.update', {
      id: interview.id,
      changes: { title: 'Final round', scheduledAt: null },
    });
    expect(updated.title).toBe('Final round');
  });

  it('cannot be planned for a candidate in the Trash or who does not exist', async () => {
    const candidate = await test.call('candidates.create', { name: 'Trashed' });
    await test.call('candidates.delete', { id: candidate.id });
    expect(await test.result('interviews.create', { candidateId: candidate.id, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await test.result('interviews.create', {
        candidateId: '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d',
        title: 'x',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('exports', () => {
  it('write notes and scorecard to Markdown and HTML, escaping what the recruiter typed and leaving out the private note', async () => {
    const { interview, kit } = await technicalInterview();
    const attribute = kit.definition.attributeCategories[0]!.attributes[0]!;
    const note = await test.call('notes.get', { id: interview.noteId });
    const content = [...(note.document.content ?? [])];
    const firstQuestion = content.findIndex((node) => node.type === 'kitQuestion');
    content[firstQuestion] = {
      ...content[firstQuestion]!,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'timestamp', attrs: { seconds: 62, at: null, label: '01:02' } },
            {
              type: 'text',
              text: ' Built <script>alert(1)</script> a *compiler*',
              marks: [{ type: 'evidence', attrs: { attributeId: attribute.id } }],
            },
            { type: 'text', text: ' see ' },
            {
              type: 'text',
              text: 'repo',
              marks: [{ type: 'link', attrs: { href: 'https://example.com/a"b' } }],
            },
          ],
        },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: false },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Send feedback' }] }],
            },
          ],
        },
      ],
    };
    await test.call('notes.save', { id: note.id, document: { type: 'doc', content }, sequence: 1 });
    await test.call('scorecards.save', {
      interviewId: interview.id,
      sequence: 1,
      ratings: { [attribute.id]: 'strong_yes' },
      ratingNotes: { [attribute.id]: 'Knew <b>why</b> | fast' },
      recommendation: 'yes',
      takeaways: 'Hire | fast',
      privateNote: 'SECRET salary note',
    });

    const { markdown, fileName } = await test.call('interviews.exportMarkdown', { id: interview.id });
    expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2}-grace-hopper-technical-screen\.md$/);
    expect(markdown).toContain('# Technical screen — Grace Hopper');
    expect(markdown).toContain(`**${kit.definition.sections[0]!.questions[0]!.text}**`);
    expect(markdown).toContain('`[01:02]`');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> a \\*compiler\\*');
    expect(markdown).toContain(`_(evidence: ${attribute.name})_`);
    expect(markdown).toContain('[repo](<https://example.com/a"b>)');
    expect(markdown).toContain('- [ ] Send feedback');
    expect(markdown).toContain(`| ${attribute.name} | Strong yes | Knew \\<b\\>why\\</b\\> \\| fast |`);
    expect(markdown).toContain('- **Call (connected time):** —');
    expect(markdown).toContain('**Overall recommendation:** Yes');
    expect(markdown).toContain('> Hire \\| fast');
    expect(markdown).not.toContain('SECRET');

    const { html } = await test.call('interviews.exportHtml', { id: interview.id });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://example.com/a&quot;b"');
    expect(html).toContain('<span class="timestamp">01:02</span>');
    expect(html).toContain('@media print');
    expect(html).toContain('<td>Strong yes</td><td>Knew &lt;b&gt;why&lt;/b&gt; | fast</td>');
    expect(html).not.toContain('SECRET');
  });
});
