import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { privateModes } from '../files/privateModes.ts';

/**
 * A recording on disk: a magic line, then one AES-256-GCM frame per MediaRecorder chunk —
 * [ciphertext length: u32 BE][nonce: 12][ciphertext][tag: 16], the frame's number bound in as associated data so
 * frames cannot be reordered. Appending a frame never touches the ones before it, so a crash loses only the frame
 * being written, which the reader leaves out.
 */
export const recordingMagic = Buffer.from('RAPPORT-REC1\n');
const lengthBytes = 4;
const nonceBytes = 12;
const tagBytes = 16;
const overheadBytes = lengthBytes + nonceBytes + tagBytes;
/** One chunk of about a second is well under this; a bigger length field means a damaged file. */
export const maximumFrameBytes = 16 * 1024 * 1024;

/** Where each complete frame sits in the file, and where its plaintext sits in the recording. */
export type FrameIndex = {
  frames: Array<{ fileOffset: number; plainOffset: number; plainBytes: number }>;
  plainBytes: number;
  /** The end of the last complete frame: anything after it is a torn write. */
  completeBytes: number;
};

function associatedData(associated: string, index: number): Buffer {
  return Buffer.from(`${associated}:${index}`);
}

function encryptFrame(key: Buffer, associated: string, index: number, plain: Uint8Array): Buffer {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(associated, index));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const length = Buffer.alloc(lengthBytes);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, nonce, body, cipher.getAuthTag()]);
}

function readExactly(descriptor: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(descriptor, buffer, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** Creates the file (owner only) with its magic line; refuses to replace one that exists. */
export function createRecordingFile(file: string): void {
  const descriptor = openSync(file, 'wx', privateModes.file);
  try {
    writeSync(descriptor, recordingMagic);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Appends frame number `index`; returns the file's size after it. */
export function appendRecordingFrame(
  file: string,
  key: Buffer,
  associated: string,
  index: number,
  plain: Uint8Array,
): number {
  const frame = encryptFrame(key, associated, index, plain);
  const descriptor = openSync(file, 'a', privateModes.file);
  try {
    writeSync(descriptor, frame);
    // Written through to the disk: the recording survives a crash of the whole machine, not only of Rapport.
    fsyncSync(descriptor);
    return fstatSync(descriptor).size;
  } finally {
    closeSync(descriptor);
  }
}

/** Reads the frame headers only (no decryption): which frames are complete and where their bytes are. */
export function indexRecordingFrames(file: string): FrameIndex {
  const descriptor = openSync(file, 'r');
  try {
    const size = fstatSync(descriptor).size;
    const magic = readExactly(descriptor, 0, recordingMagic.length);
    if (!magic.equals(recordingMagic)) throw new Error('Not a Rapport recording file.');
    const frames: FrameIndex['frames'] = [];
    let position = recordingMagic.length;
    let plainOffset = 0;
    while (position + lengthBytes <= size) {
      const body = readExactly(descriptor, position, lengthBytes).readUInt32BE(0);
      if (body > maximumFrameBytes || position + overheadBytes + body > size) break;
      frames.push({ fileOffset: position, plainOffset, plainBytes: body });
      plainOffset += body;
      position += overheadBytes + body;
    }
    return { frames, plainBytes: plainOffset, completeBytes: position };
  } finally {
    closeSync(descriptor);
  }
}

function decryptFrameAt(
  descriptor: number,
  key: Buffer,
  associated: string,
  index: number,
  frame: FrameIndex['frames'][number],
): Buffer {
  const whole = readExactly(descriptor, frame.fileOffset, overheadBytes + frame.plainBytes);
  const nonce = whole.subarray(lengthBytes, lengthBytes + nonceBytes);
  const body = whole.subarray(lengthBytes + nonceBytes, lengthBytes + nonceBytes + frame.plainBytes);
  const tag = whole.subarray(lengthBytes + nonceBytes + frame.plainBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(associatedData(associated, index));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** The plaintext bytes [start, end) of the recording, decrypting only the frames they fall in. */
export function readRecordingRange(
  file: string,
  key: Buffer,
  associated: string,
  index: FrameIndex,
  start: number,
  end: number,
): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const parts: Buffer[] = [];
    index.frames.forEach((frame, number) => {
      const frameEnd = frame.plainOffset + frame.plainBytes;
      if (frameEnd <= start || frame.plainOffset >= end) return;
      const plain = decryptFrameAt(descriptor, key, associated, number, frame);
      parts.push(
        plain.subarray(
          Math.max(0, start - frame.plainOffset),
          Math.min(plain.length, end - frame.plainOffset),
        ),
      );
    });
    return Buffer.concat(parts);
  } finally {
    closeSync(descriptor);
  }
}

/** Cuts a torn last frame off (after a crash), so frames appended later line up again. */
export function truncateTornFrame(file: string, index: FrameIndex): void {
  const descriptor = openSync(file, 'r+');
  try {
    if (fstatSync(descriptor).size > index.completeBytes) ftruncateSync(descriptor, index.completeBytes);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Replaces the first frame's plaintext (the WebM header, to write the duration into it) and keeps every other
 * frame as it is: a new file beside the old one, flushed, then renamed over it.
 */
export function rewriteFirstFrame(
  file: string,
  key: Buffer,
  associated: string,
  change: (plain: Buffer) => Buffer,
): void {
  const index = indexRecordingFrames(file);
  const first = index.frames[0];
  if (!first) return;
  const source = openSync(file, 'r');
  const temporary = `${file}.${process.pid}.partial`;
  const target = openSync(temporary, 'w', privateModes.file);
  try {
    const plain = decryptFrameAt(source, key, associated, 0, first);
    writeSync(target, recordingMagic);
    writeSync(target, encryptFrame(key, associated, 0, change(plain)));
    const restStart = first.fileOffset + overheadBytes + first.plainBytes;
    const block = Buffer.alloc(1024 * 1024);
    for (let position = restStart; position < index.completeBytes;) {
      const read = readSync(
        source,
        block,
        0,
        Math.min(block.length, index.completeBytes - position),
        position,
      );
      if (read === 0) break;
      writeSync(target, block.subarray(0, read));
      position += read;
    }
    fsyncSync(target);
  } finally {
    closeSync(source);
    closeSync(target);
  }
  renameSync(temporary, file);
}
