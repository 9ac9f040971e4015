import { parseByteRange } from './parseByteRange.ts';

/** At most this much is decrypted per response; the player asks again for the rest. */
const maximumResponseBytes = 4 * 1024 * 1024;

export type PlaybackResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** The path a recording is served at, in the web host and the desktop app alike. */
export const recordingPathPattern = /^\/recordings\/([0-9a-f-]{36})\.webm$/;

/**
 * The HTTP answer to a GET of a recording: 206 with the asked-for bytes (decrypted), so `<video>` can seek;
 * 200 with the start of the file when no range was asked for; 404 or 416 otherwise.
 */
export function recordingPlaybackResponse(
  playback: { totalBytes: number; read(start: number, end: number): Buffer } | null,
  rangeHeader: string | undefined,
): PlaybackResponse {
  const common = { 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', 'Content-Type': 'video/webm' };
  if (!playback)
    return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('Not found') };
  const total = playback.totalBytes;
  const range = parseByteRange(rangeHeader, total);
  if (range === 'unsatisfiable')
    return {
      status: 416,
      headers: { ...common, 'Content-Range': `bytes */${total}` },
      body: Buffer.alloc(0),
    };
  const start = range?.start ?? 0;
  const end = Math.min(range?.end ?? total, start + maximumResponseBytes);
  const body = playback.read(start, end);
  if (!range && end === total) return { status: 200, headers: { ...common }, body };
  return {
    status: 206,
    headers: { ...common, 'Content-Range': `bytes ${start}-${start + body.length - 1}/${total}` },
    body,
  };
}
