import { describe, expect, test } from 'vitest';
import { isAllowedExternalUrl } from './isAllowedExternalUrl.ts';

describe('isAllowedExternalUrl', () => {
  test.each(['https://example.com/', 'https://www.linkedin.com/in/ada?tab=1', 'mailto:ada@example.com'])(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  test.each([
    ['plain http', 'http://example.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['our own app:', 'app://rapport/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials over http', 'http://user:pass@example.com/'],
    ['credentials over https', 'https://user:pass@example.com/'],
    ['a username alone', 'https://user@example.com/'],
    ['a newline smuggled in', 'https://example.com/\nfile:///etc/passwd'],
    ['leading whitespace', ' https://example.com/'],
    ['an unparseable string', 'https://'],
    ['an empty string', ''],
    ['an over-long URL', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  test('refuses a value that is not a string', () => {
    expect(isAllowedExternalUrl({ toString: () => 'https://example.com/' })).toBe(false);
  });
});
