import { describe, expect, it } from 'vitest';
import { chooseContentEncoding } from './chooseContentEncoding.ts';

describe('chooseContentEncoding', () => {
  it('prefers brotli, then gzip, as browsers offer them', () => {
    expect(chooseContentEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseContentEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseContentEncoding('GZIP')).toBe('gzip');
  });

  it('follows q-values and never sends a coding refused with q=0', () => {
    expect(chooseContentEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseContentEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseContentEncoding('*;q=0.1, br;q=0')).toBe('gzip');
    expect(chooseContentEncoding('*')).toBe('br');
  });

  it('sends the file as it is for no header, an unknown coding or garbage', () => {
    expect(chooseContentEncoding(undefined)).toBe('identity');
    expect(chooseContentEncoding('')).toBe('identity');
    expect(chooseContentEncoding('deflate')).toBe('identity');
    expect(chooseContentEncoding('br;q=abc')).toBe('identity');
    expect(chooseContentEncoding(';;,,;q=')).toBe('identity');
    expect(chooseContentEncoding('gzip,'.repeat(500))).toBe('identity');
    expect(chooseContentEncoding(['deflate', 'gzip'])).toBe('gzip');
  });
});
