import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type PlainJoinServer = { url: string; close(): Promise<void> };

/**
 * The baseline: the same built join page as the join page was served before issue 14 — every file as it is (no
 * compression), and an index.html whose root is empty, so nothing shows until the script has run. Room info is
 * fetched from the real signalling server, so the page gets as far as its Join button.
 */
export async function startPlainJoinServer(
  joinDirectory: string,
  signalingUrl: string,
): Promise<PlainJoinServer> {
  const page = (await readFile(path.join(joinDirectory, 'index.html'), 'utf8')).replace(
    /<div id="root">[\s\S]*?<\/div>\s*<\/div>|<div id="root">[\s\S]*?<\/main>\s*<\/div>/,
    '<div id="root"></div>',
  );
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    void (async () => {
      if (url.startsWith('/api/')) {
        const upstream = await fetch(`${signalingUrl}${url}`);
        response.writeHead(upstream.status, { 'Content-Type': 'application/json' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      if (url.startsWith('/join/assets/')) {
        const name = path.basename(url);
        const contents = await readFile(path.join(joinDirectory, 'assets', name)).catch(() => null);
        if (!contents) {
          response.writeHead(404).end();
          return;
        }
        const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
        response.writeHead(200, { 'Content-Type': type, 'Content-Length': contents.length });
        response.end(contents);
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
