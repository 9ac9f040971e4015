import type { CsvEncoding } from './csvEncodings.ts';

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; without one, mostly-zero odd (or even)
 * bytes mean UTF-16 of mostly-Latin text, bytes that are valid UTF-8 mean UTF-8, and anything else is taken as
 * Windows-1252 (what Excel on Windows writes for "CSV"). A sample cut inside a character still counts as UTF-8.
 */
export function detectEncoding(sample: Uint8Array): CsvEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const checked = Math.min(sample.length, 4096);
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < checked; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) zerosAtEven += 1;
    else zerosAtOdd += 1;
  }
  const half = checked / 2;
  if (checked >= 2 && zerosAtOdd > half * 0.3 && zerosAtEven < half * 0.05) return 'utf-16le';
  if (checked >= 2 && zerosAtEven > half * 0.3 && zerosAtOdd < half * 0.05) return 'utf-16be';
  return isUtf8(sample) ? 'utf-8' : 'windows-1252';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
