import { callApi, enableCallTestHooks, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import {
  startSignalingServerProcess,
  type SignalingServerProcess,
} from '../fixtures/startSignalingServerProcess.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CallPanel } from '../pages/CallPanel.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const signalKey = 'e2e-signalling-key';

type Interview = {
  id: string;
  noteId: string;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
};

let signal: SignalingServerProcess;
let host: WebHostProcess;

test.beforeEach(async ({ dataDirectory }) => {
  // A real signalling server process on 127.0.0.1, and the web host pointed at it.
  signal = await startSignalingServerProcess({ key: signalKey });
  host = await startWebHostProcess(dataDirectory, 0, ['--signal-url', signal.url, '--signal-key', signalKey]);
});

test.afterEach(async () => {
  await host?.stop();
  await signal?.stop();
});

async function seedInterview(): Promise<Interview> {
  await callApi(host.url, 'settings.update', {
    recruiterName: 'Rita Recruiter',
    introMessage: 'Thanks for your time! We will talk about your last project.',
  });
  const candidate = await callApi<{ id: string }>(host.url, 'candidates.create', { name: 'Cara Candidate' });
  return callApi<Interview>(host.url, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Technical screen',
  });
}

test('a recruiter calls a candidate: invite, waiting room, video both ways, chat, mute, notes, and the recorded call', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const interview = await seedInterview();

  // 1. The recruiter (the app, through the web host) starts a call from the interview.
  const recruiterContext = await browser.newContext();
  await recruiterContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  const recruiterPage = await recruiterContext.newPage();
  await enableCallTestHooks(recruiterPage);
  const recruiter = new CallPanel(recruiterPage);
  await recruiterPage.goto(host.url);
  await recruiterPage.goto(`${host.origin}/#/interviews/${interview.id}`);
  await recruiter.startButton.click();

  await expect(recruiter.inviteLink).toHaveValue(new RegExp(`^${signal.url}/join/[\\w-]+#token=[\\w-]+$`));
  const inviteLink = await recruiter.inviteLink.inputValue();
  await recruiter.copyEmailButton.click();
  const email = (await recruiterPage.evaluate('navigator.clipboard.readText()')) as string;
  expect(email).toContain('Hi Cara,');
  expect(email).toContain('This is Rita Recruiter.');
  expect(email).toContain(inviteLink);

  // The lobby: self preview, device pickers, a live microphone meter.
  await expect(recruiter.preview).toBeVisible();
  await expect(recruiter.camera).toBeEnabled();
  await expect(recruiter.microphone).toBeEnabled();
  await expect(recruiter.micLevel).toBeVisible();
  await expect(recruiterPage.getByText('Waiting for Cara Candidate to open the link…')).toBeVisible();

  // 2. The candidate, in a separate browser context, opens the link and waits to be let in.
  const candidateContext = await browser.newContext();
  const candidatePage = await candidateContext.newPage();
  await enableCallTestHooks(candidatePage);
  const candidate = new JoinPage(candidatePage);
  await candidatePage.goto(inviteLink);
  await expect(candidatePage.getByRole('heading', { level: 1 })).toHaveText(
    'Join your interview with Rita Recruiter',
  );
  await expect(
    candidatePage.getByText('Thanks for your time! We will talk about your last project.'),
  ).toBeVisible();
  await expect(candidate.consent).toContainText('will see and hear you');
  await expect(candidate.preview).toBeVisible();
  await expect(candidate.camera).toBeEnabled();
  await expect(candidate.micLevel).toBeVisible();
  await candidate.join('Cara Candidate');
  await expect(candidate.waiting('Rita Recruiter')).toBeVisible();

  await recruiter.admitButton('Cara Candidate').click();

  // 3. Both sides decode the other's video.
  await expect(recruiter.remoteVideo).toBeVisible();
  await expect(candidate.remoteVideo).toBeVisible();
  await expectRemoteVideoDecoding(recruiterPage);
  await expectRemoteVideoDecoding(candidatePage);
  await expect(recruiter.timer).toHaveText(/^\d\d:\d\d$/);

  // 4. Chat goes both ways over the data channel.
  await candidate.say('Hello, can you hear me?');
  await expect(recruiter.chatLog).toContainText('Hello, can you hear me?');
  await recruiter.say('Loud and clear. Welcome!');
  await expect(candidate.chatLog).toContainText('Loud and clear. Welcome!');

  // 5. Mute shows on the other side, both ways.
  await candidate.muteButton.click();
  await expect(recruiterPage.getByText('Candidate is muted')).toBeVisible();
  await candidate.unmuteButton.click();
  await expect(recruiterPage.getByText('Candidate is muted')).toBeHidden();
  await recruiter.muteButton.click();
  await expect(candidatePage.getByText('Recruiter is muted')).toBeVisible();

  // 6. Notes beside the call (a keyboard-resizable split), with a timestamp in call time.
  const before = Number(await recruiter.separator.getAttribute('aria-valuenow'));
  await recruiter.separator.focus();
  await recruiterPage.keyboard.press('ArrowLeft');
  await expect(recruiter.separator).toHaveAttribute('aria-valuenow', String(before - 5));
  await expect(recruiter.separator).toHaveAttribute('aria-orientation', 'vertical');
  await recruiter.notes.click();
  await recruiterPage.keyboard.type('Strong answer on caching. ');
  await recruiterPage.getByRole('button', { name: 'Insert timestamp' }).click();
  const stamp = recruiter.notes.locator('time[data-timestamp][data-seconds]');
  await expect(stamp).toHaveText(/^\d\d:\d\d$/);
  expect(Number(await stamp.getAttribute('data-seconds'))).toBeLessThan(120);
  await expect(recruiter.notes).toContainText('Strong answer on caching.');

  // 7. The recruiter ends the call; the candidate is told, and the interview shows its duration.
  await recruiterPage.waitForTimeout(1500);
  await recruiter.endButton.click();
  await expect(candidatePage.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
  await expect(recruiterPage.getByRole('heading', { name: 'Call ended' })).toBeVisible();
  await expect(recruiterPage.getByText(/^Duration \d\d:\d\d, saved with the interview\.$/)).toBeVisible();
  await expect(recruiterPage.getByText(/· Duration \d\d:\d\d/)).toBeVisible();

  const saved = await callApi<Interview>(host.url, 'interviews.get', { id: interview.id });
  expect(saved.status).toBe('done');
  expect(saved.startedAt).not.toBeNull();
  expect(saved.endedAt).not.toBeNull();
  expect(saved.durationSeconds).toBeGreaterThanOrEqual(1);
  const chat = await callApi<{ messages: Array<{ author: string; text: string }> }>(
    host.url,
    'calls.listChat',
    {
      interviewId: interview.id,
    },
  );
  expect(chat.messages.map(({ author, text }) => [author, text])).toEqual([
    ['candidate', 'Hello, can you hear me?'],
    ['recruiter', 'Loud and clear. Welcome!'],
  ]);
  // Closing the panel leaves the notes, and the call's chat kept with the interview.
  await recruiterPage.getByRole('button', { name: 'Close call panel' }).click();
  await recruiterPage.getByText('Call chat (2 messages)').click();
  await expect(recruiterPage.getByRole('list', { name: 'Call chat (2 messages)' })).toContainText(
    'Loud and clear. Welcome!',
  );
  await expect
    .poll(async () =>
      JSON.stringify(
        (await callApi<{ document: unknown }>(host.url, 'notes.get', { id: saved.noteId })).document,
      ),
    )
    .toMatch(/"type":"timestamp","attrs":\{"seconds":\d+/);
  // The editor kept what was typed during the call (it is not reset to the note as first loaded), and typing on
  // saves on top of it.
  await expect(recruiter.notes).toContainText('Strong answer on caching.');
  await recruiter.notes.click();
  await recruiterPage.keyboard.press('Control+End');
  await recruiterPage.keyboard.type(' Follow up next week.');
  await expect
    .poll(async () =>
      JSON.stringify(
        (await callApi<{ document: unknown }>(host.url, 'notes.get', { id: saved.noteId })).document,
      ),
    )
    .toMatch(/Strong answer on caching\.[\s\S]*Follow up next week\./);

  await recruiterContext.close();
  await candidateContext.close();
});

test('the join page explains a bad link, an expired room, a denied camera, no devices and a full room', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto(`${signal.url}/join/no-such-room#token=whatever`);
  await expect(page.getByRole('alert')).toContainText('The room may have been closed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This interview link is not valid');

  await page.goto(`${signal.url}/join/abc`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This interview link is incomplete');

  // A room that lives one second: by the time the page asks, it has expired.
  const response = await fetch(`${signal.url}/api/rooms`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${signalKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ hostName: 'Rita Recruiter', ttlSeconds: 1 }),
  });
  const room = (await response.json()) as { joinUrl: string };
  await expect
    .poll(
      async () =>
        (await fetch(room.joinUrl.replace('/join/', '/api/rooms/').replace(/#.*$/, '/info'))).status,
    )
    .toBe(410);
  await page.goto(room.joinUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This interview link has expired');

  // Camera blocked: getUserMedia refuses as a browser does after "Block".
  const fresh = (await (
    await fetch(`${signal.url}/api/rooms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${signalKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ hostName: 'Rita Recruiter' }),
    })
  ).json()) as { joinUrl: string };
  const blocked = await context.newPage();
  await blocked.addInitScript({
    content:
      "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));",
  });
  await blocked.goto(fresh.joinUrl);
  await expect(blocked.getByRole('alert')).toContainText('Camera and microphone are blocked');
  await expect(blocked.getByRole('alert')).toContainText('Allow it in your browser');
  await expect(blocked.getByRole('button', { name: 'Join', exact: true })).toBeEnabled();

  const noDevices = await context.newPage();
  await noDevices.addInitScript({
    content:
      "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));",
  });
  await noDevices.goto(fresh.joinUrl);
  await expect(noDevices.getByRole('alert')).toContainText('No camera or microphone found');

  // A full room: the server's waiting room already holds its 16 guests when this candidate presses Join.
  const { roomId, guestToken } = (await (
    await fetch(`${signal.url}/api/rooms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${signalKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ hostName: 'Rita Recruiter' }),
    })
  ).json()) as { roomId: string; guestToken: string };
  const crowd = await Promise.all(
    Array.from({ length: 16 }, (_, index) => {
      const socket = new WebSocket(`${signal.url.replace('http', 'ws')}/ws`);
      return new Promise<WebSocket>((resolve) => {
        socket.onopen = () =>
          socket.send(JSON.stringify({ type: 'join', roomId, token: guestToken, name: `Guest ${index}` }));
        socket.onmessage = () => resolve(socket);
      });
    }),
  );
  const full = await context.newPage();
  await full.goto(`${signal.url}/join/${roomId}#token=${guestToken}`);
  await full.getByRole('textbox', { name: 'Your name' }).fill('Cara Candidate');
  await full.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(full.getByRole('heading', { level: 1 })).toHaveText('This call is full');
  await expect(full.getByRole('alert')).toContainText('Someone else is already in the call');
  for (const socket of crowd) socket.close();
  await context.close();
});
