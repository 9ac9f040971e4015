import { callApi } from '../fixtures/callHelpers.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';

const servers = useCallServers('e2e-hostile-key');

// Keeps every data channel the page opens, so the test can write to the call's channel as a modified client would.
const captureDataChannels = `
  window.__channels = [];
  const create = RTCPeerConnection.prototype.createDataChannel;
  RTCPeerConnection.prototype.createDataChannel = function (...args) {
    const channel = create.apply(this, args);
    window.__channels.push(channel);
    return channel;
  };
`;

// What a hostile candidate sends straight down the data channel, bypassing the join page's own checks.
const hostileFrames = `(() => {
  const channel = window.__channels.at(-1);
  const send = (value) => channel.send(typeof value === 'string' ? value : JSON.stringify(value));
  send('not json at all {');
  send('[]');
  send({ type: 'chat', id: 'bad-date', text: 'A line with a broken date', sentAt: 'not-a-date', name: 'Cara' });
  send({ type: 'chat', id: 'empty', text: '', sentAt: new Date().toISOString(), name: 'Cara' });
  send({ type: 'chat', id: 'invisible', text: '\\u200b\\u202e', sentAt: new Date().toISOString(), name: 'Cara' });
  send({ type: 'chat', id: 'impostor', text: 'I am the recruiter', sentAt: new Date().toISOString(), name: '\\u202eYou' });
  send({ type: 'chat', id: 'huge', text: 'x'.repeat(9000), sentAt: new Date().toISOString(), name: 'Cara' });
  send({ type: 'chat', id: 1, text: 'wrong id type', sentAt: new Date().toISOString(), name: 'Cara' });
  send('['.repeat(5000) + ']'.repeat(5000));
  send(JSON.stringify({ type: 'chat', id: 'big', text: 'y'.repeat(200000) }));
  for (let index = 0; index < 40; index += 1)
    send({ type: 'chunk', id: 'flood', index, count: 128, part: 'z'.repeat(4000) });
  send({ type: 'chunk', id: 'tooBig', index: 0, count: 1, part: 'w'.repeat(60000) });
  send({ type: 'mute-state', muted: 'yes' });
  send({ type: 'quality', report: { level: 'perfect' } });
  send({ type: 'signal', data: { session: 'stale', signal: { type: 'offer', sdp: 'v=0 garbage' } } });
  for (let index = 0; index < 1200; index += 1)
    send({ type: 'chat', id: 'flood-' + index, text: 'spam ' + index, sentAt: 'yesterday', name: 'Spammer' });
  // Last, and not rate-limited: once the recruiter shows it, the ordered channel has delivered everything above.
  send({ type: 'mute-state', muted: true });
})()`;

test('a hostile candidate: invalid, oversized and non-JSON data-channel messages; chat keeps saving and the interview ends with its duration', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const candidateContext = await browser.newContext();
  await candidateContext.addInitScript({ content: captureDataChannels });
  const call = await startConnectedCall(browser, servers.host, { contextForCandidate: candidateContext });
  const { recruiterPage, recruiter, first } = call;

  await recruiter.say('Welcome!');
  await expect(first.candidate.chatLog).toContainText('Welcome!');
  await first.page.evaluate(hostileFrames);
  await expect(recruiterPage.getByText('Candidate is muted')).toBeVisible({ timeout: 30_000 });
  // The flood used up the candidate's allowance (a burst of 50 lines, then 5 a second); a second later a line gets through.
  await first.page.waitForTimeout(1000);
  await first.candidate.say('A normal line after all that.');
  await expect(recruiter.chatLog).toContainText('A normal line after all that.');
  await expect(recruiter.chatLog).toContainText('A line with a broken date');
  // The impostor's line is shown under the candidate's role, never as "You".
  const impostor = recruiter.chatLog.locator('li', { hasText: 'I am the recruiter' });
  await expect(impostor.locator('.chat-author')).toHaveText('Candidate');
  await expect(recruiter.chatLog.locator('.chat-author', { hasText: /^You$/ })).toHaveCount(1);
  expect(await recruiterPage.evaluate('window.__rapportCall.state()')).toBe('connected');
  await recruiter.say('Still here.');
  await expect(first.candidate.chatLog).toContainText('Still here.');

  await recruiterPage.waitForTimeout(1200);
  await recruiter.endButton.click();
  await expect(recruiterPage.getByText(/^Duration \d\d:\d\d, saved with the interview\.$/)).toBeVisible();
  await expect(recruiterPage.getByRole('alert')).toHaveCount(0);
  const interview = await callApi<{ status: string; durationSeconds: number | null }>(
    servers.host.url,
    'interviews.get',
    {
      id: call.interviewId,
    },
  );
  expect(interview.status).toBe('done');
  expect(interview.durationSeconds).toBeGreaterThanOrEqual(1);
  const chat = await callApi<{ messages: Array<{ author: string; authorName: string; text: string }> }>(
    servers.host.url,
    'calls.listChat',
    { interviewId: call.interviewId },
  );
  const texts = chat.messages.map((message) => message.text);
  expect(texts).toEqual(expect.arrayContaining(['Welcome!', 'Still here.', 'A normal line after all that.']));
  expect(texts).toContain('A line with a broken date');
  expect(texts).not.toContain('');
  expect(texts.some((text) => text.length > 4000)).toBe(false);
  // Most of the 1,200-line flood was dropped (a burst of 50, then 5 a second); the recruiter's lines are all there.
  const fromCandidate = chat.messages.filter((message) => message.author === 'candidate');
  expect(fromCandidate.length).toBeGreaterThanOrEqual(3);
  expect(fromCandidate.length).toBeLessThan(600);
  expect(chat.messages.filter((message) => message.author === 'recruiter')).toHaveLength(2);
  expect(chat.messages.find((message) => message.text === 'I am the recruiter')?.authorName).toBe('You');
  expect(chat.messages.find((message) => message.text === 'I am the recruiter')?.author).toBe('candidate');
});
