import { expect, it } from 'vitest';
import { setWebmDuration, webmDurationOf } from './setWebmDuration.ts';

/** The shape of Chromium's first MediaRecorder chunk: EBML header, a Segment of unknown size, Info, a Cluster. */
function chromiumHead(): Buffer {
  const ebml = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x82, 0x81, 0x77]);
  const segment = Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
  // Info: TimecodeScale 1,000,000 and a MuxingApp "Chrome".
  const timecodeScale = Buffer.from([0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]);
  const muxingApp = Buffer.concat([Buffer.from([0x4d, 0x80, 0x86]), Buffer.from('Chrome')]);
  const infoBody = Buffer.concat([timecodeScale, muxingApp]);
  const info = Buffer.concat([Buffer.from([0x15, 0x49, 0xa9, 0x66, 0x80 | infoBody.length]), infoBody]);
  const cluster = Buffer.from([
    0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xe7, 0x81, 0x00,
  ]);
  return Buffer.concat([ebml, segment, info, cluster]);
}

it('adds a Duration to the Info of a header that has none, keeping everything after it', () => {
  const head = chromiumHead();
  expect(webmDurationOf(head)).toBeNull();
  const fixed = setWebmDuration(head, 20_345.5);
  expect(webmDurationOf(fixed)).toBe(20_345.5);
  expect(fixed.length).toBe(head.length + 11 + 7);
  expect(fixed.subarray(-15)).toEqual(head.subarray(-15));
  expect(fixed.includes(Buffer.from('Chrome'))).toBe(true);
});

it('replaces a Duration that is already there', () => {
  const once = setWebmDuration(chromiumHead(), 1000);
  const twice = setWebmDuration(once, 2500);
  expect(twice.length).toBe(once.length);
  expect(webmDurationOf(twice)).toBe(2500);
});

it('refuses what is not WebM', () => {
  expect(() => setWebmDuration(Buffer.from('RIFF....WAVE'), 1000)).toThrow();
});
