import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { appOrigin } from './appOrigin.ts';
import {
  recordingPathPattern,
  recordingPlaybackResponse,
} from '../services/recordings/recordingPlaybackResponse.ts';
import type { Backend } from '../backend/openBackend.ts';
import { exportDownloadHeaders } from '../services/everythingExport/exportDownloadHeaders.ts';
import { exportPathPattern } from '../services/everythingExport/exportPathPattern.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
};

// A `..` segment, raw or already percent-decoded, with either slash: never a legitimate asset path.
const dotDotSegment = /(^|[/\\])\.\.([/\\]|$)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function decode(text: string): string | null {
  try {
    const decoded = decodeURIComponent(text);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer for app://rapport/ only: no path outside `rendererDirectory`, SPA fallback to
 * index.html for extensionless paths, and the Content-Security-Policy header on every response, errors included.
 */
export function createAppProtocolHandler(
  rendererDirectory: string,
  /** The policy, or a function giving the current one (the signalling server may change in Settings). */
  policy: string | (() => string | Promise<string>),
  /** Recordings at /recordings/<interviewId>.webm, by byte range so the player can seek. */
  recordingPlayback?: Backend['recordingPlayback'],
  /** "Export everything" files at /exports/<token>.zip, streamed once and then deleted. */
  exportDownload?: Backend['exportDownload'],
): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDirectory);
  return async (request) => {
    const baseHeaders = {
      'Content-Security-Policy': typeof policy === 'string' ? policy : await policy(),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    const refuse = (status: number, text: string): Response =>
      new Response(text, {
        status,
        headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    const send = async (file: string): Promise<Response> => {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          ...baseHeaders,
          'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        },
      });
    };

    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad request');
    }
    if (url.protocol !== `${appOrigin.scheme}:` || url.host !== appOrigin.host)
      return refuse(404, 'Not found');
    // Check the raw text too: the URL parser folds `/../` away, and we would rather refuse than reinterpret.
    const rawPath = decode(request.url.split(/[?#]/)[0] ?? '');
    const urlPath = decode(url.pathname);
    if (rawPath === null || urlPath === null) return refuse(400, 'Bad request');
    if (dotDotSegment.test(rawPath) || dotDotSegment.test(urlPath)) return refuse(403, 'Forbidden');
    const recording = recordingPlayback && recordingPathPattern.exec(urlPath);
    if (recording) {
      const answer = recordingPlaybackResponse(
        recordingPlayback(recording[1]!),
        request.headers.get('range') ?? undefined,
      );
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(answer.body), {
        status: answer.status,
        headers: { ...baseHeaders, ...answer.headers },
      });
    }
    const exported = exportDownload && exportPathPattern.exec(urlPath);
    if (exported) {
      const download = exportDownload(exported[1]!);
      if (!download) return refuse(404, 'This export was already downloaded, or has expired.');
      const headers = { ...baseHeaders, ...exportDownloadHeaders(download) };
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      download.claim();
      const stream = createReadStream(download.file);
      // Sent or cut off, it is served: the file holds decrypted data, and another export is a click away.
      stream.once('close', () => download.served());
      return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: 200, headers });
    }
    const file = path.resolve(root, `.${urlPath.startsWith('/') ? '' : '/'}${urlPath}`);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return refuse(403, 'Forbidden');
    try {
      if (file !== root && (await isFile(file))) return await send(file);
      // Client-side routes (/candidates/42) have no extension; missing assets (/x.js) stay 404s.
      const index = path.join(root, 'index.html');
      if (path.extname(urlPath) === '' && (await isFile(index))) return await send(index);
    } catch (error) {
      console.error('app:// could not read a file', error);
      return refuse(500, 'Could not read the file');
    }
    return refuse(404, 'Not found');
  };
}
