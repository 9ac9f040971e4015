import type { IncomingMessage } from 'node:http';

// Parses against a dummy origin because request.url is only a path; garbage maps to "/" rather than throwing.
export function requestPathname(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}
