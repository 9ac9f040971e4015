import type { ServerResponse } from 'node:http';

// The join page needs its own scripts, camera/microphone previews (blob:/mediastream:) and a same-origin WebSocket.
const pageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// API responses are data, never documents, so they may load nothing at all.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

// No-referrer keeps join links (room ids) out of third-party logs; nosniff stops JSON or assets being run as script.
export function applySecurityHeaders(response: ServerResponse, kind: 'page' | 'api'): void {
  response.setHeader(
    'Content-Security-Policy',
    kind === 'page' ? pageContentSecurityPolicy : apiContentSecurityPolicy,
  );
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=(self)');
}
