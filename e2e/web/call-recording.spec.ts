import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, enableCallTestHooks, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { openRecruiterCall } from '../fixtures/openRecruiterCall.ts';
import { startWebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const servers = useCallServers('e2e-recording-key');

type Recording = {
  consent: 'accepted' | 'declined';
  state: 'none' | 'recording' | 'ready' | 'deleted';
  callOffsetMs: number;
  durationMs: number;
  speech: { recruiter: Array<[number, number]>; candidate: Array<[number, number]> };
  talkTime: { candidateShare: number | null; recruiterMs: number; candidateMs: number };
};

const recordingOf = (interviewId: string) =>
  callApi<Recording | null>(servers.host.url, 'recordings.get', { interviewId });

/** Waits until the backend has chunks up to `milliseconds` of recording time. */
async function recordedAtLeast(interviewId: string, milliseconds: number): Promise<void> {
  await expect
    .poll(async () => (await recordingOf(interviewId))?.durationMs ?? 0, {
      timeout: milliseconds + 30_000,
      intervals: [100],
      message: `recorded ${milliseconds} ms`,
    })
    .toBeGreaterThanOrEqual(milliseconds);
}

/** The recruiter asks to record, the candidate joins and is asked; returns both sides. */
async function callWithRecordingAsked(browser: Parameters<typeof openRecruiterCall>[0]) {
  const call = await openRecruiterCall(browser, servers.host);
  await call.recruiterPage.getByRole('checkbox', { name: /Record this interview/ }).check();
  const context = await browser.newContext();
  const page = await context.newPage();
  await enableCallTestHooks(page);
  const candidate = new JoinPage(page);
  await page.goto(call.inviteLink);
  await candidate.join('Cara Candidate');
  await call.recruiter.admitButton('Cara Candidate').click();
  await expectRemoteVideoDecoding(page);
  await expectRemoteVideoDecoding(call.recruiterPage);
  const question = page.getByRole('alertdialog', {
    name: /This interview will be recorded on the interviewer.s computer/,
  });
  await expect(question).toBeVisible();
  return { ...call, candidatePage: page, question };
}

/** The same call once the candidate accepted: the recruiter's side shows REC. */
async function recordingCall(browser: Parameters<typeof openRecruiterCall>[0]) {
  const call = await callWithRecordingAsked(browser);
  await call.question.getByRole('button', { name: 'Accept' }).click();
  await expect(call.recruiterPage.getByRole('status', { name: 'REC' })).toBeVisible();
  return call;
}

const playerOf = (page: Page) => page.getByLabel('Interview recording');
const durationOf = (page: Page) => playerOf(page).evaluate((video: HTMLVideoElement) => video.duration);

test('a 20 s call recorded with consent: REC both sides, a seekable file, talk-time, and a note chip seeks the replay', async ({
  browser,
  dataDirectory,
}) => {
  test.setTimeout(180_000);
  const call = await recordingCall(browser);
  await expect(call.candidatePage.getByRole('status', { name: 'REC' })).toBeVisible();

  // A chip stamped 13 s into the recording (its call time is that plus where the recording began).
  await call.recruiter.notes.click();
  await call.recruiterPage.keyboard.type('Explains the cache invalidation. ');
  await recordedAtLeast(call.interviewId, 13_000);
  await call.recruiterPage.getByRole('button', { name: 'Insert timestamp' }).click();
  const chipSeconds = Number(
    await call.recruiter.notes.locator('time[data-timestamp][data-seconds]').getAttribute('data-seconds'),
  );

  await recordedAtLeast(call.interviewId, 19_600);
  await call.recruiterPage.getByRole('button', { name: 'Stop recording' }).click();
  await expect(call.candidatePage.getByRole('status', { name: 'REC' })).toBeHidden();
  await expect.poll(async () => (await recordingOf(call.interviewId))?.state).toBe('ready');
  await call.recruiter.endButton.click();
  // Talk-time right after the call, before the replay.
  await expect(
    call.recruiterPage
      .getByRole('status')
      .filter({ hasText: /^Recording saved \(00:\d\d\)\. Talk time: candidate \d+%/ }),
  ).toBeVisible();

  const recording = (await recordingOf(call.interviewId))!;
  expect(recording.consent).toBe('accepted');
  expect(recording.durationMs).toBeGreaterThanOrEqual(19_000);
  expect(recording.durationMs).toBeLessThanOrEqual(21_000);
  const file = path.join(dataDirectory, 'recordings', `${call.interviewId}.webm`);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  // Talk-time from Chromium's fake microphones (a beep) on both sides.
  expect(recording.speech.recruiter.length).toBeGreaterThan(0);
  expect(recording.speech.candidate.length).toBeGreaterThan(0);
  expect(recording.talkTime.candidateShare).toBeGreaterThan(0);
  expect(recording.talkTime.candidateShare).toBeLessThan(1);

  // The replay: the header carries the duration (Chromium's own WebM has none), and the chip seeks it.
  await call.recruiterPage.reload();
  await expect(playerOf(call.recruiterPage)).toBeVisible();
  await expect.poll(() => durationOf(call.recruiterPage), { timeout: 15_000 }).toBeGreaterThan(19);
  expect(await durationOf(call.recruiterPage)).toBeLessThan(21);
  await expect(call.recruiterPage.getByText(/Talk time: candidate \d+%, you \d+%/)).toBeVisible();
  const notes = call.recruiterPage.getByRole('region', { name: 'Interview notes' });
  await notes.locator('time[data-timestamp][data-seconds]').click();
  const expected = chipSeconds - recording.callOffsetMs / 1000 - 5;
  await expect
    .poll(() =>
      playerOf(call.recruiterPage).evaluate((video: HTMLVideoElement) =>
        video.seeking || video.readyState < 2 ? -1 : video.currentTime,
      ),
    )
    .toBeGreaterThanOrEqual(7);
  const position = await playerOf(call.recruiterPage).evaluate(
    (video: HTMLVideoElement) => video.currentTime,
  );
  expect(position).toBeLessThanOrEqual(12);
  expect(Math.abs(position - expected)).toBeLessThan(1.5);
  test.info().annotations.push({
    type: 'measured',
    description: JSON.stringify({
      durationMs: recording.durationMs,
      playerDuration: await durationOf(call.recruiterPage),
      callOffsetMs: recording.callOffsetMs,
      chipSeconds,
      position,
      segments: [recording.speech.recruiter.length, recording.speech.candidate.length],
      talkTime: recording.talkTime,
    }),
  });
  // The timeline marks the note, and seeks from it too.
  await expect(call.recruiterPage.getByRole('button', { name: /^Note at / })).toHaveCount(1);

  // "Delete recording" works at once.
  await call.recruiterPage.getByRole('button', { name: 'Delete recording' }).click();
  await call.recruiterPage.getByRole('dialog').getByRole('button', { name: 'Delete recording' }).click();
  await expect(call.recruiterPage.getByText(/^Recording deleted/)).toBeVisible();
  expect(existsSync(file)).toBe(false);
});

test('a connection rebuilt mid-recording: the same file goes on with the candidate’s new audio and video', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const call = await recordingCall(browser);
  await recordedAtLeast(call.interviewId, 3_000);
  // Both networks dead for longer than the ICE restart may take (8 s): the connection is rebuilt, with new tracks.
  await Promise.all(
    [call.recruiterPage, call.candidatePage].map((page) =>
      page.evaluate('window.__rapportCall.simulateNetworkFailure(10000)'),
    ),
  );
  const reconnecting = call.recruiterPage
    .getByRole('status')
    .filter({ hasText: 'Connection lost. Reconnecting…' });
  await expect(reconnecting).toBeVisible();
  await expect(reconnecting).toBeHidden({ timeout: 30_000 });
  await expectRemoteVideoDecoding(call.recruiterPage);
  const rebuiltAtMs = (await recordingOf(call.interviewId))!.durationMs;
  await recordedAtLeast(call.interviewId, rebuiltAtMs + 6_000);
  await call.recruiterPage.getByRole('button', { name: 'Stop recording' }).click();
  await expect.poll(async () => (await recordingOf(call.interviewId))?.state).toBe('ready');
  const recording = (await recordingOf(call.interviewId))!;
  // The candidate's beeps after the rebuild were heard (their new audio track feeds the mix and the detector).
  expect(recording.speech.candidate.some(([start]) => start >= rebuiltAtMs)).toBe(true);
  await call.recruiter.endButton.click();

  // And the replay shows their video after the rebuild: playing the last seconds presents new frames.
  await call.recruiterPage.reload();
  await expect.poll(() => durationOf(call.recruiterPage), { timeout: 15_000 }).toBeGreaterThan(0);
  const framesShown = await playerOf(call.recruiterPage).evaluate(async (video: HTMLVideoElement) => {
    video.muted = true;
    video.currentTime = Math.max(0, video.duration - 3);
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    let frames = 0;
    const count = () => {
      frames += 1;
      video.requestVideoFrameCallback(count);
    };
    video.requestVideoFrameCallback(count);
    await video.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    video.pause();
    return frames;
  });
  expect(framesShown).toBeGreaterThan(10);
});

test('the candidate declines: no file is written, the call goes on, and the recruiter sees the choice', async ({
  browser,
  dataDirectory,
}) => {
  test.setTimeout(120_000);
  const call = await callWithRecordingAsked(browser);
  await call.question.getByRole('button', { name: 'Decline' }).click();
  await expect(
    call.recruiterPage.getByRole('status').filter({ hasText: 'Cara declined recording' }),
  ).toBeVisible();
  await expect(call.recruiterPage.getByRole('status', { name: 'REC' })).toHaveCount(0);
  await expect(
    call.candidatePage.getByText('You declined recording. This call is not recorded.'),
  ).toBeVisible();
  await expectRemoteVideoDecoding(call.recruiterPage);
  await expect.poll(async () => (await recordingOf(call.interviewId))?.consent).toBe('declined');
  await call.recruiter.endButton.click();
  expect(existsSync(path.join(dataDirectory, 'recordings', `${call.interviewId}.webm`))).toBe(false);
  await call.recruiterPage.reload();
  await expect(
    call.recruiterPage.getByText('Cara declined recording, so this interview was not recorded.'),
  ).toBeVisible();
});

test('kill -9 of the web host mid-recording: the next start seals the partial file, which plays to within 5 s of the kill', async ({
  browser,
  dataDirectory,
}) => {
  test.setTimeout(180_000);
  const call = await recordingCall(browser);
  await recordedAtLeast(call.interviewId, 8_000);
  const { durationMs: beforeKill, callOffsetMs } = (await recordingOf(call.interviewId))!;
  // What the recorder had made by the kill: the call clock (whole seconds), less where recording began.
  const callTime = await call.recruiterPage.getByRole('timer').getAttribute('aria-label');
  await servers.host.kill();
  const [minutes, seconds] = /(\d+):(\d+)$/.exec(callTime!)!.slice(1).map(Number) as [number, number];
  const recordedAtKill = (minutes * 60 + seconds) * 1000 - callOffsetMs;

  servers.host = await startWebHostProcess(dataDirectory, 0, [
    '--signal-url',
    servers.signal.url,
    '--signal-key',
    servers.key,
  ]);
  const recording = (await recordingOf(call.interviewId))!;
  expect(recording.state).toBe('ready');
  expect(recording.durationMs).toBeGreaterThanOrEqual(beforeKill);

  const page = await (await browser.newContext()).newPage();
  await page.goto(servers.host.url);
  await page.goto(`${servers.host.origin}/#/interviews/${call.interviewId}`);
  await expect.poll(() => durationOf(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const duration = await durationOf(page);
  expect(Number.isFinite(duration)).toBe(true);
  expect(duration).toBeGreaterThanOrEqual(recordedAtKill / 1000 - 5);
  // It plays to its end: seek near the end, play, and it ends with no decode error.
  await playerOf(page).evaluate((video: HTMLVideoElement) => {
    video.muted = true;
    video.currentTime = Math.max(0, video.duration - 1.5);
    void video.play();
  });
  await expect
    .poll(() => playerOf(page).evaluate((video: HTMLVideoElement) => video.ended), { timeout: 15_000 })
    .toBe(true);
  expect(await playerOf(page).evaluate((video: HTMLVideoElement) => video.error)).toBeNull();
});

test('retention: with the clock moved past 30 days, the start-up purge deletes the file and the interview says so', async ({
  browser,
  dataDirectory,
}) => {
  const candidate = await callApi<{ id: string }>(servers.host.url, 'candidates.create', {
    name: 'Cara Candidate',
  });
  const { id: interviewId } = await callApi<{ id: string }>(servers.host.url, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Technical screen',
  });
  // A recording as the recorder sends it: a WebM header chunk, then the end.
  const head = Buffer.from(
    '1a45dfa3844282817718538067' + '01ffffffffffffff' + '1549a966872ad7b1830f4240',
    'hex',
  );
  await callApi(servers.host.url, 'recordings.start', { interviewId, callOffsetMs: 0 });
  await callApi(servers.host.url, 'recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 1000,
    data: head.toString('base64'),
  });
  await callApi(servers.host.url, 'recordings.finish', {
    interviewId,
    durationMs: 1000,
    speech: { recruiter: [], candidate: [] },
  });
  const file = path.join(dataDirectory, 'recordings', `${interviewId}.webm`);
  expect(existsSync(file)).toBe(true);

  await servers.host.stop();
  servers.host = await startWebHostProcess(
    dataDirectory,
    0,
    ['--signal-url', servers.signal.url, '--signal-key', servers.key],
    { RAPPORT_CLOCK_OFFSET_DAYS: '31' },
  );
  expect(existsSync(file)).toBe(false);
  const page = await (await browser.newContext()).newPage();
  await page.goto(servers.host.url);
  await page.goto(`${servers.host.origin}/#/interviews/${interviewId}`);
  await expect(page.getByText('Recording deleted after 30 days')).toBeVisible();
  await expect(page.getByLabel('Interview recording')).toHaveCount(0);
});

test('Settings → Recordings keeps them 30 days unless changed, refuses a bad number, and saves a new one', async ({
  page,
}) => {
  await page.goto(`${servers.host.url}#/settings`);
  const form = page.getByRole('form', { name: 'Recordings' });
  const days = form.getByRole('textbox', { name: 'Delete recordings after N days' });
  await expect(days).toHaveValue('30');
  const save = form.getByRole('button', { name: 'Save recording setting' });

  await days.fill('0');
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(/Enter a number of days from 1 to 3650/);
  await expect(save).toBeDisabled();

  await days.fill('7');
  await expect(days).not.toHaveAttribute('aria-invalid', 'true');
  await save.click();
  await expect(page.getByRole('status')).toHaveText('Recordings are kept 7 days.');
  expect(await callApi<{ days: number }>(servers.host.url, 'recordings.retention', {})).toMatchObject({
    days: 7,
  });
});
