import type { IncomingMessage } from 'node:http';

type RequestBody = { status: 'ok'; text: string } | { status: 'too_large' };

// Stops collecting as soon as the limit is passed so a huge upload never sits in memory.
export function readRequestBody(request: IncomingMessage, maximumBytes: number): Promise<RequestBody> {
  const declaredLength = Number(request.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maximumBytes) {
    return Promise.resolve({ status: 'too_large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;
    const handleData = (chunk: Buffer): void => {
      receivedBytes += chunk.length;
      if (receivedBytes > maximumBytes) {
        request.off('data', handleData);
        resolve({ status: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', handleData);
    request.once('end', () => resolve({ status: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    request.once('error', reject);
  });
}
