import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const indexHtml = readFileSync(
  path.resolve(import.meta.dirname, '..', '..', 'renderer', 'index.html'),
  'utf8',
);

describe('the Content-Security-Policy, directive by directive', () => {
  test.each([
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
  ])('sets %s to %j', (name, sources) => {
    expect(directives(contentSecurityPolicy()).get(name)).toEqual(sources);
  });

  test("lets the page connect to 'self' only, with no configured server", () => {
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual(["'self'"]);
  });

  test('adds exactly the configured signalling servers to connect-src, and no wildcard', () => {
    const connect = directives(contentSecurityPolicy(['https://signal.example', 'wss://signal.example'])).get(
      'connect-src',
    );
    expect(connect).toEqual(["'self'", 'https://signal.example', 'wss://signal.example']);
  });
});

describe("index.html's <meta> Content-Security-Policy (for static scanners)", () => {
  const meta = indexHtml.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];

  test('is there', () => {
    expect(meta).toBeDefined();
  });

  test('has every directive of the header, with the same sources, except the two only a header can carry', () => {
    const header = directives(contentSecurityPolicy());
    const tag = directives(meta ?? '');
    // frame-ancestors is ignored in a <meta> tag; connect-src is narrowed by the header at run time.
    header.delete('frame-ancestors');
    header.delete('connect-src');
    tag.delete('connect-src');
    expect(Object.fromEntries(tag)).toEqual(Object.fromEntries(header));
  });

  test('never allows a wildcard or inline script, even in connect-src', () => {
    const tag = directives(meta ?? '');
    expect(tag.get('connect-src')).not.toContain('*');
    expect(tag.get('script-src')).toEqual(["'self'"]);
  });
});
