import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { privateModes } from '../../storage/files/privateModes.ts';

export const exportsDirectoryName = 'exports';

/** An export nobody fetched (the page was closed first) is deleted at the next export after this long. */
const unfetchedLifetimeMs = 3_600_000;

/** An export file waiting to be fetched once. */
export type ExportDownload = {
  file: string;
  /** The name the browser saves it under. */
  fileName: string;
  sizeBytes: number;
  /** Takes it for one response: from now on the address answers nothing else. */
  claim(): void;
  /** Deletes the file: call when it has been sent (or the sending failed). */
  served(): void;
};

type Waiting = { file: string; fileName: string; sizeBytes: number; createdAt: number; claimed: boolean };

/**
 * Exports too large to travel back as the answer to a call (those with recordings): written to
 * <data>/exports/<random token>.zip (owner-only), fetched once from /exports/<token>.zip, then deleted. The
 * file is plain (decrypted) data, so it lives only as long as it must: until it has been served once; one
 * never fetched goes at the next export after an hour, at the next start, or when the backend closes.
 */
export class ExportFiles {
  readonly directory: string;
  readonly #clock: () => Date;
  readonly #waiting = new Map<string, Waiting>();
  /** Files still being written; a sweep must leave them alone. */
  readonly #writing = new Set<string>();

  constructor(dataDirectory: string, clock: () => Date = () => new Date()) {
    this.directory = path.join(dataDirectory, exportsDirectoryName);
    this.#clock = clock;
  }

  /** Runs `build`, writing each chunk it produces to a new file as it comes, and returns where to fetch it. */
  async write(
    build: (write: (chunk: Uint8Array) => void) => Promise<{ fileName: string }>,
  ): Promise<{ fileName: string; downloadPath: string; sizeBytes: number }> {
    this.sweep();
    mkdirSync(this.directory, { recursive: true, mode: privateModes.directory });
    const token = randomBytes(24).toString('hex');
    const file = path.join(this.directory, `${token}.zip`);
    const descriptor = openSync(file, 'wx', privateModes.file);
    this.#writing.add(file);
    let sizeBytes = 0;
    let fileName: string;
    try {
      ({ fileName } = await build((chunk) => {
        for (let offset = 0; offset < chunk.length;)
          offset += writeSync(descriptor, chunk, offset, chunk.length - offset);
        sizeBytes += chunk.length;
      }));
      closeSync(descriptor);
    } catch (error) {
      try {
        closeSync(descriptor);
      } catch {
        // Already closed: closeSync itself failed above.
      }
      rmSync(file, { force: true });
      throw error;
    } finally {
      this.#writing.delete(file);
    }
    this.#waiting.set(token, {
      file,
      fileName,
      sizeBytes,
      createdAt: this.#clock().getTime(),
      claimed: false,
    });
    return { fileName, downloadPath: `/exports/${token}.zip`, sizeBytes };
  }

  /** The export at this token, if it is still waiting to be fetched and no response has claimed it. */
  find(token: string): ExportDownload | null {
    const waiting = this.#waiting.get(token);
    if (!waiting || waiting.claimed) return null;
    return {
      file: waiting.file,
      fileName: waiting.fileName,
      sizeBytes: waiting.sizeBytes,
      claim: () => {
        waiting.claimed = true;
      },
      served: () => {
        this.#waiting.delete(token);
        rmSync(waiting.file, { force: true });
      },
    };
  }

  /**
   * Deletes what no one will fetch: files left by an earlier run (their addresses died with it) and exports
   * waiting for more than an hour.
   */
  sweep(): void {
    const now = this.#clock().getTime();
    for (const [token, waiting] of this.#waiting) {
      if (now - waiting.createdAt > unfetchedLifetimeMs) this.#waiting.delete(token);
    }
    const kept = new Set([...this.#writing, ...[...this.#waiting.values()].map((waiting) => waiting.file)]);
    let names: string[];
    try {
      names = readdirSync(this.directory);
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(this.directory, name);
      if (!kept.has(file)) rmSync(file, { force: true, recursive: true });
    }
  }

  /** At close: every waiting export goes, since the page that could fetch it goes too. */
  removeAll(): void {
    this.#waiting.clear();
    this.sweep();
  }
}
