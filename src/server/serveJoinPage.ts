import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { applySecurityHeaders } from './applySecurityHeaders.ts';
import { chooseContentEncoding } from './chooseContentEncoding.ts';
import { CompressedFiles } from './CompressedFiles.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

// Images and fonts are compressed already; text, scripts and wasm shrink to a third or less.
const compressiblePattern = /^(text\/|application\/(json|wasm)|image\/svg\+xml)/;

const compressedFiles = new CompressedFiles();

const roomPagePattern = /^\/join\/[A-Za-z0-9_-]{1,128}\/?$/;
const assetsPrefix = '/join/assets/';

const notBuiltPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rapport</title></head>
<body>
<h1>Rapport</h1>
<p>The join page has not been built on this server yet. Build it with <code>npm run build</code> (it is written to <code>out/join/</code>) and reload.</p>
</body>
</html>
`;

// Serves the candidate's join page (built by Vite into `directory`) and its hashed assets under /join/assets/.
export async function serveJoinPage(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  directory: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(request, response, 405, 'Method not allowed\n');
    return;
  }
  if (pathname.startsWith(assetsPrefix)) {
    const assetsDirectory = path.resolve(directory, 'assets');
    const filePath = resolveInside(assetsDirectory, pathname.slice(assetsPrefix.length));
    const contents = filePath === null ? null : await readRegularFile(filePath);
    if (filePath === null || contents === null) {
      sendText(request, response, 404, 'Not found\n');
      return;
    }
    // Vite puts a content hash in every asset name, so an asset never changes under the same URL.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    await sendFile(request, response, contents, contentTypeOf(filePath));
    return;
  }
  if (!roomPagePattern.test(pathname)) {
    sendText(request, response, 404, 'Not found\n');
    return;
  }
  const page = await readRegularFile(path.join(directory, 'index.html'));
  // Always revalidate the page itself so a rebuilt page (with new asset hashes) is picked up at once.
  response.setHeader('Cache-Control', 'no-cache');
  await sendFile(request, response, page ?? Buffer.from(notBuiltPage), contentTypes['.html'] ?? 'text/html');
}

// Returns null for anything that could escape the directory or name a hidden file.
function resolveInside(directory: string, encodedRelativePath: string): string | null {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(encodedRelativePath);
  } catch {
    return null;
  }
  if (relativePath.includes('\0') || relativePath.split(/[\\/]/).some((part) => part.startsWith('.')))
    return null;
  const resolved = path.resolve(directory, relativePath);
  return resolved.startsWith(directory + path.sep) ? resolved : null;
}

async function readRegularFile(filePath: string): Promise<Buffer | null> {
  try {
    if (!(await stat(filePath)).isFile()) return null;
    return await readFile(filePath);
  } catch {
    return null;
  }
}

function contentTypeOf(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Compressed by Accept-Encoding (with Vary, so shared caches keep one copy per coding), with an ETag so a
// revalidation that finds the same bytes costs a 304 and no body.
async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  contents: Buffer,
  contentType: string,
): Promise<void> {
  applySecurityHeaders(response, 'page');
  const tag = CompressedFiles.tagOf(contents);
  const compressible = compressiblePattern.test(contentType);
  const encoding =
    compressible && contents.length <= CompressedFiles.maximumSource
      ? chooseContentEncoding(request.headers['accept-encoding'])
      : 'identity';
  // Each coding is its own representation, so it gets its own tag (RFC 9110 §8.8.3); a weak one, because a quick
  // brotli copy is later replaced by a smaller one with the same content.
  const representationTag = encoding === 'identity' ? tag : `W/${tag.slice(0, -1)}-${encoding}"`;
  response.setHeader('Content-Type', contentType);
  response.setHeader('ETag', representationTag);
  if (compressible) response.setHeader('Vary', 'Accept-Encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((candidate) => candidate.trim() === representationTag)) {
    response.statusCode = 304;
    response.end();
    return;
  }
  const body = await compressedFiles.encode(contents, tag, encoding);
  response.statusCode = 200;
  if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendText(request: IncomingMessage, response: ServerResponse, status: number, text: string): void {
  applySecurityHeaders(response, 'page');
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(request.method === 'HEAD' ? undefined : text);
}
