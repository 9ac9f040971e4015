/**
 * The renderer's Content-Security-Policy, the same in Electron and the web host.
 * No inline script, no eval, no remote code; media may come from the camera (mediastream:/blob:).
 * `connectSources` adds the signalling server the recruiter configured, for its WebSocket and room API.
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob: mediastream:",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
