import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { CsvEncoding } from '../../../shared/csv/csvEncodings.ts';
import { detectEncoding } from '../../../shared/csv/detectEncoding.ts';

const sampleBytes = 64 * 1024;

/**
 * The encoding of a whole file: its first bytes decide (see detectEncoding), and a file that starts like UTF-8
 * without a byte-order mark is checked to the end, so one Windows-1252 "é" on row 90,000 is not read as U+FFFD.
 */
export async function detectFileEncoding(file: string): Promise<CsvEncoding> {
  const handle = await open(file, 'r');
  let sample: Uint8Array;
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const guess = detectEncoding(sample);
  const hasBom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (guess !== 'utf-8' || hasBom) return guess;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
