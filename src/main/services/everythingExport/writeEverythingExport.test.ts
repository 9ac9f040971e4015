import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openBackendIn } from '../../testing/openBackendIn.ts';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';
import { webmDurationOf } from '../recordings/setWebmDuration.ts';
import { exportPathPattern } from './exportPathPattern.ts';

let test: TestBackend;

/** Chromium's first chunk in miniature: EBML header, a Segment of unknown size, Info, a Cluster begun. */
const head = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x82, 0x81, 0x77]),
  Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
  Buffer.from([0x15, 0x49, 0xa9, 0x66, 0x87, 0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]),
  Buffer.from([0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
]);

beforeEach(() => {
  test = openTestBackend();
});
afterEach(() => test.close());

async function interviewOf(name: string): Promise<string> {
  const candidate = await test.call('candidates.create', { name });
  return (await test.call('interviews.create', { candidateId: candidate.id, title: 'Screen' })).id;
}

/** Records `chunks` through the API (as the call page does), then stops: the duration goes into the header. */
async function record(interviewId: string, chunks: Buffer[]): Promise<void> {
  await test.call('recordings.start', { interviewId, callOffsetMs: 0 });
  for (const [sequence, data] of chunks.entries())
    await test.call('recordings.appendChunk', {
      interviewId,
      sequence,
      elapsedMs: (sequence + 1) * 1000,
      data: data.toString('base64'),
    });
  await test.call('recordings.finish', {
    interviewId,
    durationMs: chunks.length * 1000,
    speech: { recruiter: [], candidate: [] },
  });
}

it('with recordings: writes the zip to an owner-only file, each finished recording in it as the WebM it plays', async () => {
  const zoe = await interviewOf('Zoë Kraków');
  // Over 4 MiB, so it is read in more than one range; random, so deflate could not hide a mistake.
  const chunks = [Buffer.concat([head, randomBytes(3 * 1024 * 1024)]), randomBytes(2 * 1024 * 1024)];
  await record(zoe, chunks);
  const deleted = await interviewOf('Alan Turing');
  await record(deleted, [Buffer.concat([head, Buffer.from('gone')])]);
  await test.call('recordings.delete', { interviewId: deleted });
  await test.call('recordings.declined', { interviewId: await interviewOf('Grace Hopper') });

  const exported = await test.call('backups.exportEverything', { includeRecordings: true });
  if (exported.delivery !== 'file') throw new Error('expected a file');
  expect(exported).toMatchObject({
    fileName: expect.stringMatching(/^rapport-export-\d{4}-\d{2}-\d{2}\.zip$/),
    downloadPath: expect.stringMatching(exportPathPattern),
    recordingCount: 1,
  });
  const token = exportPathPattern.exec(exported.downloadPath)![1]!;
  const download = test.backend.exportDownload(token)!;
  expect(path.dirname(download.file)).toBe(path.join(test.directory, 'exports'));
  expect(statSync(download.file).mode & 0o777).toBe(0o600);
  expect(statSync(path.dirname(download.file)).mode & 0o777).toBe(0o700);
  expect(statSync(download.file).size).toBe(exported.sizeBytes);

  const files = unzipSync(readFileSync(download.file));
  const folder = exported.fileName.replace('.zip', '');
  const recordings = Object.keys(files).filter((name) => name.startsWith(`${folder}/recordings/`));
  expect(recordings).toEqual([`${folder}/recordings/zoe-krakow-${zoe}.webm`]);
  const playback = test.backend.recordingPlayback(zoe)!;
  const webm = files[recordings[0]!]!;
  expect(Buffer.from(webm).equals(playback.read(0, playback.totalBytes))).toBe(true);
  expect(webmDurationOf(Buffer.from(webm))).toBe(2000);
  expect(Buffer.from(webm.subarray(-chunks[1]!.length)).equals(chunks[1]!)).toBe(true);
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([`${folder}/tables/recordings.json`, `${folder}/README.md`]),
  );
  expect(Object.keys(files).filter((name) => name.startsWith(`${folder}/candidates/`))).toHaveLength(3);
  expect(strFromU8(files[`${folder}/README.md`]!)).toContain(
    '`recordings/`: every finished call recording (1)',
  );

  // Served once, then gone.
  download.claim();
  expect(test.backend.exportDownload(token)).toBeNull();
  download.served();
  expect(existsSync(download.file)).toBe(false);
});

it('without recordings: the zip comes back in the answer, as before, with no recordings folder and no file', async () => {
  await record(await interviewOf('Zoë Kraków'), [Buffer.concat([head, Buffer.from('frame')])]);
  const exported = await test.call('backups.exportEverything', {});
  if (exported.delivery !== 'inline') throw new Error('expected the zip inline');
  const files = unzipSync(Buffer.from(exported.contentBase64, 'base64'));
  const names = Object.keys(files);
  expect(names.some((name) => name.includes('/tables/candidates.json'))).toBe(true);
  expect(names.some((name) => name.includes('/recordings/'))).toBe(false);
  expect(strFromU8(files[names.find((name) => name.endsWith('README.md'))!]!)).toContain(
    'tick "Include recordings"',
  );
  expect(existsSync(path.join(test.directory, 'exports'))).toBe(false);
});

it('with no recordings at all, the file export still works and says there are none', async () => {
  await interviewOf('Zoë Kraków');
  const exported = await test.call('backups.exportEverything', { includeRecordings: true });
  expect(exported).toMatchObject({ delivery: 'file', recordingCount: 0 });
  expect(await test.call('recordings.totals', {})).toEqual({ count: 0, sizeBytes: 0 });
});

it('counts the recordings kept and their bytes for the line under the box', async () => {
  const ids = [await interviewOf('Zoë Kraków'), await interviewOf('Alan Turing')];
  await record(ids[0]!, [Buffer.concat([head, Buffer.from('frame')])]);
  await record(ids[1]!, [Buffer.concat([head, Buffer.from('frames')])]);
  // What playback serves: the chunks with the duration written into the header.
  const played = ids.reduce((sum, id) => sum + test.backend.recordingPlayback(id)!.totalBytes, 0);
  expect(await test.call('recordings.totals', {})).toEqual({ count: 2, sizeBytes: played });
});

it('an export nobody fetched is deleted when the backend closes, and any left over at the next start', async () => {
  await interviewOf('Zoë Kraków');
  await test.call('backups.exportEverything', { includeRecordings: true });
  const exportsDirectory = path.join(test.directory, 'exports');
  expect(readdirSync(exportsDirectory)).toHaveLength(1);
  test.backend.close();
  expect(readdirSync(exportsDirectory)).toEqual([]);

  // A file a crash left behind: its address died with the process that made it.
  const leftOver = path.join(exportsDirectory, `${'a'.repeat(48)}.zip`);
  writeFileSync(leftOver, 'plain data');
  const reopened = openBackendIn(test.directory);
  try {
    expect(existsSync(leftOver)).toBe(false);
  } finally {
    reopened.close();
  }
});
