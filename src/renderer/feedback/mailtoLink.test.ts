import { expect, it } from 'vitest';
import { mailtoLink } from './mailtoLink.ts';

it('carries the address, subject and body, encoded', () => {
  const link = mailtoLink(
    'ada@example.com',
    'Our answer & next steps',
    'Hi Ada,\nthank you?&cc=x@evil.example',
  );
  expect(link.startsWith('mailto:ada@example.com?subject=Our%20answer%20%26%20next%20steps&body=')).toBe(
    true,
  );
  const url = new URL(link);
  expect(url.searchParams.get('body')).toBe('Hi Ada,\nthank you?&cc=x@evil.example');
  expect(url.searchParams.get('cc')).toBeNull();
});

it('works without an address, and falls back to a short body when the text is too long for a link', () => {
  expect(mailtoLink(null, 'S', 'B')).toBe('mailto:?subject=S&body=B');
  const long = mailtoLink('ada@example.com', 'S', 'x'.repeat(5000));
  expect(long.length).toBeLessThan(400);
  expect(new URL(long).searchParams.get('body')).toContain('paste it here');
});
