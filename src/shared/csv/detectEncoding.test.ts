import { describe, expect, it } from 'vitest';
import { detectEncoding } from './detectEncoding.ts';

const text = 'Name,Location\nZoë Łukasiewicz,Kraków\n';

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const all = bom ? `\uFEFF${value}` : value;
  for (let index = 0; index < all.length; index += 1)
    view.setUint16(index * 2, all.charCodeAt(index), littleEndian);
  return bytes;
}

describe('detectEncoding', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('utf-8');
  });

  it('reads UTF-16 little and big endian, with a byte-order mark or from their zero bytes', () => {
    expect(detectEncoding(utf16(text, true, true))).toBe('utf-16le');
    expect(detectEncoding(utf16(text, false, true))).toBe('utf-16be');
    expect(detectEncoding(utf16(text, true, false))).toBe('utf-16le');
    expect(detectEncoding(utf16(text, false, false))).toBe('utf-16be');
  });

  it('takes bytes that are not UTF-8 as Windows-1252, and decodes them right', () => {
    // "Zoë,Café €5" as Excel on Windows writes it.
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(new TextDecoder('windows-1252').decode(bytes)).toBe('Zoë,Café €5');
  });

  it('still calls a sample cut in the middle of a character UTF-8', () => {
    const bytes = new TextEncoder().encode('Zoë');
    expect(detectEncoding(bytes.slice(0, bytes.length - 1))).toBe('utf-8');
  });
});
