import { describe, expect, test } from 'vitest';
import { isAppUrl } from './isAppUrl.ts';

describe('isAppUrl', () => {
  test.each(['app://rapport', 'app://rapport/', 'app://rapport/candidates/42?tab=notes'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  test.each([
    'https://evil.example/',
    'app://evil/',
    'app://rapport.evil.example/',
    'app://rapport:8080/',
    'app://user:pass@rapport/',
    'https://rapport/',
    'file:///rapport/',
    'null',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  test('refuses a value that is not a string', () => {
    expect(isAppUrl(undefined)).toBe(false);
  });
});
