import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { temporaryDirectory } from '../../testing/temporaryDirectory.ts';
import {
  appendRecordingFrame,
  createRecordingFile,
  indexRecordingFrames,
  readRecordingRange,
  rewriteFirstFrame,
  truncateTornFrame,
} from './RecordingFrames.ts';
import { recordingKeyFrom } from './recordingKeyFrom.ts';

let directory: ReturnType<typeof temporaryDirectory>;
let file: string;
const key = recordingKeyFrom(Buffer.alloc(32, 7));
beforeEach(() => {
  directory = temporaryDirectory();
  file = path.join(directory.path, 'one.webm');
});
afterEach(() => directory.remove());

const chunk = (text: string) => Buffer.from(text);

it('keeps chunks encrypted, owner-only, and gives any byte range back in the clear', () => {
  createRecordingFile(file);
  appendRecordingFrame(file, key, 'one', 0, chunk('hello, '));
  appendRecordingFrame(file, key, 'one', 1, chunk('candidate '));
  appendRecordingFrame(file, key, 'one', 2, chunk('world'));
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file).includes(Buffer.from('candidate'))).toBe(false);
  const index = indexRecordingFrames(file);
  expect(index.plainBytes).toBe(22);
  expect(readRecordingRange(file, key, 'one', index, 0, 22).toString()).toBe('hello, candidate world');
  expect(readRecordingRange(file, key, 'one', index, 5, 12).toString()).toBe(', candi');
});

it('leaves out a frame torn by a crash, and cuts it off so later frames line up', () => {
  createRecordingFile(file);
  appendRecordingFrame(file, key, 'one', 0, chunk('kept'));
  appendFileSync(file, Buffer.from([0, 0, 0, 50, 1, 2, 3]));
  const index = indexRecordingFrames(file);
  expect(index.frames).toHaveLength(1);
  truncateTornFrame(file, index);
  appendRecordingFrame(file, key, 'one', 1, chunk(' and more'));
  const after = indexRecordingFrames(file);
  expect(readRecordingRange(file, key, 'one', after, 0, after.plainBytes).toString()).toBe('kept and more');
});

it('rewrites the first frame and keeps the others', () => {
  createRecordingFile(file);
  appendRecordingFrame(file, key, 'one', 0, chunk('head'));
  appendRecordingFrame(file, key, 'one', 1, chunk('-tail'));
  rewriteFirstFrame(file, key, 'one', (plain) => Buffer.concat([plain, chunk('+duration')]));
  const index = indexRecordingFrames(file);
  expect(readRecordingRange(file, key, 'one', index, 0, index.plainBytes).toString()).toBe(
    'head+duration-tail',
  );
  expect(statSync(file).mode & 0o777).toBe(0o600);
});

it('refuses frames moved or decrypted under another name, and a file that is not a recording', () => {
  createRecordingFile(file);
  appendRecordingFrame(file, key, 'one', 0, chunk('secret'));
  const index = indexRecordingFrames(file);
  expect(() => readRecordingRange(file, key, 'other', index, 0, 6)).toThrow();
  writeFileSync(file, 'not a recording');
  expect(() => indexRecordingFrames(file)).toThrow(/Not a Rapport recording/);
});
