import type { IncomingMessage } from 'node:http';

// Behind a reverse proxy every socket comes from the proxy; the proxy appends the real client as the last entry.
export function clientAddressOf(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const list = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
    const last = list?.split(',').at(-1)?.trim();
    if (last !== undefined && last !== '') return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
