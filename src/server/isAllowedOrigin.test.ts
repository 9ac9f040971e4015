import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './isAllowedOrigin.ts';

const configured = new Set(['app://rapport', 'https://ats.example.com']);

describe('isAllowedOrigin', () => {
  it("accepts the app, the web host on loopback, configured origins, and the server's own join page", () => {
    expect(isAllowedOrigin('app://rapport', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5173', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('http://localhost:8080', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('http://[::1]:8080', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('https://ATS.example.com', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('https://signal.example.com', 'signal.example.com', configured)).toBe(true);
    expect(isAllowedOrigin('http://192.0.2.2:8787', '192.0.2.2:8787', configured)).toBe(true);
  });

  it('accepts programs that send no Origin at all', () => {
    expect(isAllowedOrigin(undefined, 'signal.example.com', configured)).toBe(true);
  });

  it('refuses every other site, opaque origins, and look-alikes', () => {
    for (const origin of [
      'https://evil.example',
      'null',
      'file://',
      'https://signal.example.com.evil.example',
      'https://127.0.0.1.evil.example',
      'http://192.0.2.2:8787',
      'app://rapport.evil',
      'https://ats.example.com/path',
    ]) {
      expect(isAllowedOrigin(origin, 'signal.example.com', configured), origin).toBe(false);
    }
  });
});
