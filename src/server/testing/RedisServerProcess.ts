import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

// Debian's redis-server on a free loopback port, with a throw-away directory and no persistence: a real Redis for
// the scale-out tests (.ci/run installs it when missing).
export class RedisServerProcess {
  readonly url: string;
  private readonly child: ChildProcess;
  private readonly directory: string;

  private constructor(url: string, child: ChildProcess, directory: string) {
    this.url = url;
    this.child = child;
    this.directory = directory;
  }

  static async start(): Promise<RedisServerProcess> {
    const port = await freeLoopbackPort();
    const directory = mkdtempSync(path.join(tmpdir(), 'rapport-redis-'));
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const killOnExit = (): void => void child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        output += `${line}\n`;
        if (line.includes('Ready to accept connections')) resolve();
      });
      child.once('error', (error) =>
        reject(new Error(`cannot run redis-server (apt-get install redis-server): ${error.message}`)),
      );
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
      setTimeout(
        () => reject(new Error(`redis-server did not start within 30 s:\n${output}`)),
        30_000,
      ).unref();
    });
    try {
      await ready;
    } catch (error) {
      child.kill('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
      throw error;
    }
    return new RedisServerProcess(`redis://127.0.0.1:${port}`, child, directory);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.directory, { recursive: true, force: true });
  }
}

async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
