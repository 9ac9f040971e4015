import type { IncomingMessage, ServerResponse } from 'node:http';
import { applySecurityHeaders } from './applySecurityHeaders.ts';

// API answers are per-request secrets (tokens) or live state, so nothing may cache them.
export function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
): void {
  const text = JSON.stringify(body);
  applySecurityHeaders(response, 'api');
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.setHeader('Cache-Control', 'no-store');
  response.end(request.method === 'HEAD' ? undefined : text);
}
