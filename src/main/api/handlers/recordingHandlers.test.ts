import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { webmDurationOf } from '../../services/recordings/setWebmDuration.ts';
import { openBackendIn } from '../../testing/openBackendIn.ts';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';

// The clock every handler reads; the retention test moves it.
let now = new Date('2026-05-01T10:00:00.000Z');
let test: TestBackend;
let interviewId: string;

/** Chromium's first chunk in miniature: EBML header, a Segment of unknown size, Info, a Cluster begun. */
const head = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x82, 0x81, 0x77]),
  Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
  Buffer.from([0x15, 0x49, 0xa9, 0x66, 0x87, 0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]),
  Buffer.from([0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
  Buffer.from('candidate-video-frame-one'),
]);
const second = Buffer.from('candidate-video-frame-two');

beforeEach(async () => {
  now = new Date('2026-05-01T10:00:00.000Z');
  test = openTestBackend({ clock: () => now });
  const candidate = await test.call('candidates.create', { name: 'Cara Candidate' });
  const interview = await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen' });
  interviewId = interview.id;
});
afterEach(() => test.close());

const fileOf = () => path.join(test.directory, 'recordings', `${interviewId}.webm`);

async function record(): Promise<void> {
  await test.call('recordings.start', { interviewId, callOffsetMs: 3000 });
  await test.call('recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 1000,
    data: head.toString('base64'),
  });
  await test.call('recordings.appendChunk', {
    interviewId,
    sequence: 1,
    elapsedMs: 2000,
    data: second.toString('base64'),
  });
}

it('keeps the chunks encrypted in an owner-only file and plays them back seekable, with talk-time', async () => {
  await record();
  // Sent twice (a retry) is kept once; a gap is refused.
  await test.call('recordings.appendChunk', { interviewId, sequence: 1, elapsedMs: 2000, data: 'AA==' });
  const gap = await test.result('recordings.appendChunk', {
    interviewId,
    sequence: 5,
    elapsedMs: 9,
    data: 'AA==',
  });
  expect(gap).toMatchObject({ ok: false, error: { code: 'conflict' } });

  const finished = await test.call('recordings.finish', {
    interviewId,
    durationMs: 20_100,
    speech: { recruiter: [[0, 4000]], candidate: [[5000, 17_000]] },
  });
  expect(finished).toMatchObject({
    state: 'ready',
    consent: 'accepted',
    callOffsetMs: 3000,
    durationMs: 20_100,
  });
  expect(finished.talkTime).toMatchObject({ recruiterMs: 4000, candidateMs: 12_000, candidateShare: 0.75 });

  expect(statSync(fileOf()).mode & 0o777).toBe(0o600);
  expect(readFileSync(fileOf()).includes(Buffer.from('candidate-video'))).toBe(false);

  const playback = test.backend.recordingPlayback(interviewId)!;
  const whole = playback.read(0, playback.totalBytes);
  expect(webmDurationOf(whole)).toBe(20_100);
  expect(whole.subarray(-second.length)).toEqual(second);
  expect(playback.read(playback.totalBytes - 3, playback.totalBytes).toString()).toBe('two');
});

it('refuses bad chunks before writing anything', async () => {
  await test.call('recordings.start', { interviewId, callOffsetMs: 0 });
  const notBase64 = await test.result('recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 0,
    data: 'not base64!',
  });
  expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const tooBig = await test.result('recordings.appendChunk', {
    interviewId,
    sequence: 0,
    elapsedMs: 0,
    data: 'A'.repeat(12 * 1024 * 1024),
  });
  expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(test.backend.recordingPlayback(interviewId)?.totalBytes).toBe(0);
});

it('a decline writes no file, and the interview says so', async () => {
  const declined = await test.call('recordings.declined', { interviewId });
  expect(declined).toMatchObject({ consent: 'declined', state: 'none' });
  expect(existsSync(fileOf())).toBe(false);
  expect(await test.call('recordings.get', { interviewId })).toMatchObject({ consent: 'declined' });
});

it('"Delete recording" removes the file at once', async () => {
  await record();
  await test.call('recordings.finish', {
    interviewId,
    durationMs: 2000,
    speech: { recruiter: [], candidate: [] },
  });
  const deleted = await test.call('recordings.delete', { interviewId });
  expect(deleted).toMatchObject({ state: 'deleted', deletedReason: 'manual' });
  expect(existsSync(fileOf())).toBe(false);
  expect(test.backend.recordingPlayback(interviewId)).toBeNull();
});

it('with the clock moved past the retention days, the purge deletes the file and says why', async () => {
  await record();
  await test.call('recordings.finish', {
    interviewId,
    durationMs: 2000,
    speech: { recruiter: [], candidate: [] },
  });
  expect(await test.call('recordings.retention', {})).toEqual({ days: 30 });

  now = new Date('2026-05-30T10:00:00.000Z');
  expect(await test.call('recordings.purge', {})).toEqual({ deleted: 0 });
  expect(existsSync(fileOf())).toBe(true);

  now = new Date('2026-05-31T10:00:01.000Z');
  expect(await test.call('recordings.purge', {})).toEqual({ deleted: 1 });
  expect(existsSync(fileOf())).toBe(false);
  expect(await test.call('recordings.get', { interviewId })).toMatchObject({
    state: 'deleted',
    deletedReason: 'retention',
  });
});

it('a shorter retention setting deletes older recordings at once, and the purge also runs at start', async () => {
  await record();
  await test.call('recordings.finish', {
    interviewId,
    durationMs: 2000,
    speech: { recruiter: [], candidate: [] },
  });
  now = new Date('2026-05-09T10:00:00.000Z');
  expect(await test.call('recordings.setRetention', { days: 7 })).toEqual({ days: 7, deleted: 1 });
  expect(existsSync(fileOf())).toBe(false);
});

it('after a crash mid-recording, the next start seals the file with the last chunk’s time', async () => {
  await record();
  const directory = test.directory;
  // Closed without finish, as a killed process leaves it.
  test.backend.close();
  const reopened = openBackendIn(directory, { clock: () => now });
  try {
    const recording = await reopened.call<{ state: string; durationMs: number }>('recordings.get', {
      interviewId,
    });
    expect(recording).toMatchObject({ state: 'ready', durationMs: 2000 });
    const playback = reopened.recordingPlayback(interviewId)!;
    expect(webmDurationOf(playback.read(0, playback.totalBytes))).toBe(2000);
  } finally {
    reopened.close();
  }
});
