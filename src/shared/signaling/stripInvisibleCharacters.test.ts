import { describe, expect, it } from 'vitest';
import { stripInvisibleCharacters } from './stripInvisibleCharacters.ts';

describe('stripInvisibleCharacters', () => {
  it('removes bidi overrides and isolates, so a name cannot flip the text after it', () => {
    expect(stripInvisibleCharacters('Mallory\u202Eu\u200FoY')).toBe('MalloryuoY');
    expect(stripInvisibleCharacters('\u2066Ann\u2069 \u061C')).toBe('Ann ');
  });

  it('removes zero-width and control characters and turns line breaks into spaces', () => {
    expect(stripInvisibleCharacters('A\u200Bn\u200Dn\uFEFF\u0007')).toBe('Ann');
    expect(stripInvisibleCharacters('Ann\r\nSmith\tPhD')).toBe('Ann Smith PhD');
  });

  it('keeps letters, accents and emoji of every script', () => {
    for (const name of ['Zoë Ñúñez', 'محمد', '李小龍', 'Łukasz 👋']) {
      expect(stripInvisibleCharacters(name)).toBe(name);
    }
  });
});
