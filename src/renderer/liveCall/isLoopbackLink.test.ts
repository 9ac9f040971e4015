import { expect, it } from 'vitest';
import { isLoopbackLink } from './isLoopbackLink.ts';

it('knows the links that only work on this computer', () => {
  for (const link of [
    'http://127.0.0.1:4000/join/r#token=t',
    'http://127.8.9.1/join/r',
    'http://localhost:80/x',
    'http://[::1]:3/',
  ]) {
    expect(isLoopbackLink(link)).toBe(true);
  }
  for (const link of [
    'https://signal.example.com/join/r',
    'http://192.168.1.20:8787/join/r',
    'http://127.example.com/',
    'not a url',
  ]) {
    expect(isLoopbackLink(link)).toBe(false);
  }
});
