import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentEncoding } from './chooseContentEncoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** About 0.2 s for the 313 kB join script on this machine's busy core, and within 8 % of the best quality's size. */
const quickBrotliQuality = 9;

function brotliAt(contents: Buffer, quality: number): Promise<Buffer> {
  return brotli(contents, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: contents.length,
    },
  });
}

/** Enough for the join page's handful of files; the oldest entry goes first past it. */
const maximumEntries = 64;

/**
 * Each static file compressed once per coding and kept, keyed by a hash of its bytes (so a rebuilt file is
 * compressed afresh): brotli at its best quality costs seconds once instead of on every request.
 */
export class CompressedFiles {
  /** Bigger files go as they are, so one odd asset cannot hold megabytes of memory per coding. */
  static readonly maximumSource = 8 * 1024 * 1024;

  private readonly entries = new Map<string, Promise<Buffer>>();

  private remember(key: string, entry: Promise<Buffer>): void {
    this.entries.set(key, entry);
    entry.catch(() => this.entries.delete(key));
    while (this.entries.size > maximumEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** A validator for the bytes, used in the ETag. */
  static tagOf(contents: Buffer): string {
    return `"${createHash('sha256').update(contents).digest('base64url').slice(0, 27)}"`;
  }

  async encode(contents: Buffer, tag: string, encoding: ContentEncoding): Promise<Buffer> {
    if (encoding === 'identity' || contents.length > CompressedFiles.maximumSource) return contents;
    const key = `${encoding}:${tag}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry =
        encoding === 'br'
          ? brotliAt(contents, quickBrotliQuality)
          : gzipAsync(contents, { level: constants.Z_BEST_COMPRESSION });
      this.remember(key, entry);
      // Brotli's best quality takes seconds on a busy core: the first request gets quality 9 at once, and the
      // smaller copy takes its place when it is ready (zlib works off the event loop, in libuv's pool).
      if (encoding === 'br') {
        const best = brotliAt(contents, constants.BROTLI_MAX_QUALITY);
        best.then(
          () => this.entries.has(key) && this.entries.set(key, best),
          () => {},
        );
      }
    }
    return entry;
  }
}
