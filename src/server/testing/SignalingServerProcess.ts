import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../cli.ts', import.meta.url));
const listeningLine = /^Rapport signalling server listening on (http:\/\/\S+)$/;

interface StartOptions {
  extraArguments?: string[];
  /** Flags for node itself, placed before the CLI's path (e.g. --import of a test-only module). */
  nodeArguments?: string[];
  /** False leaves out --key so the CLI has to generate one. */
  useTestKey?: boolean;
  environment?: Record<string, string>;
}

// The real CLI in a child process, so tests exercise exactly what an operator runs.
export class SignalingServerProcess {
  static readonly apiKey = 'testkey';
  readonly baseUrl: string;
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every line the server printed on stdout, kept so tests can check it printed exactly one. */
  readonly stdoutLines: string[];
  // Shared with the stderr listener, which keeps appending after construction.
  private readonly stderrOutput: { text: string };

  private constructor(
    baseUrl: string,
    child: ChildProcessByStdio<null, Readable, Readable>,
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
    stderrOutput: { text: string },
    stdoutLines: string[],
  ) {
    this.stdoutLines = stdoutLines;
    this.baseUrl = baseUrl;
    this.child = child;
    this.exited = exited;
    this.stderrOutput = stderrOutput;
  }

  static async start(options: StartOptions = {}): Promise<SignalingServerProcess> {
    const keyArguments = options.useTestKey === false ? [] : ['--key', SignalingServerProcess.apiKey];
    const child = spawn(
      process.execPath,
      [
        ...(options.nodeArguments ?? []),
        cliPath,
        '--port',
        '0',
        ...keyArguments,
        ...(options.extraArguments ?? []),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '', ...options.environment },
      },
    );
    // Last resort if the test worker dies before afterAll: never leave a server running behind.
    const killOnExit = (): void => void child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    const stderrOutput = { text: '' };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderrOutput.text += chunk));
    // 'close' rather than 'exit': it waits for stdout and stderr to drain, so no late output is missed.
    const exited = once(child, 'close').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
    const lines = createInterface({ input: child.stdout });
    const stdoutLines: string[] = [];
    lines.on('line', (line) => stdoutLines.push(line));
    try {
      const firstLine = await Promise.race([
        once(lines, 'line').then(() => stdoutLines[0] ?? ''),
        exited.then(({ code }) => {
          throw new Error(
            `server exited with code ${code} before printing its address:\n${stderrOutput.text}`,
          );
        }),
        rejectAfter(30_000, 'server did not print its address within 30 s'),
      ]);
      const match = listeningLine.exec(firstLine);
      if (match?.[1] === undefined) throw new Error(`unexpected first stdout line: ${firstLine}`);
      return new SignalingServerProcess(match[1], child, exited, stderrOutput, stdoutLines);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  get stderr(): string {
    return this.stderrOutput.text;
  }

  // stderr is a separate pipe, so its lines can arrive after the stdout line; wait for them instead of assuming.
  async waitForStderr(pattern: RegExp, timeoutMilliseconds = 5000): Promise<RegExpExecArray> {
    const found = pattern.exec(this.stderrOutput.text);
    if (found !== null) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.stderr.off('data', check);
        reject(new Error(`stderr never matched ${pattern}; it was:\n${this.stderrOutput.text}`));
      }, timeoutMilliseconds);
      const check = (): void => {
        const match = pattern.exec(this.stderrOutput.text);
        if (match === null) return;
        clearTimeout(timer);
        this.child.stderr.off('data', check);
        resolve(match);
      };
      this.child.stderr.on('data', check);
    });
  }

  get webSocketUrl(): string {
    return `${this.baseUrl.replace(/^http/, 'ws')}/ws`;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.isRunning) this.child.kill(signal);
    return this.exited;
  }

  async createRoom(body: unknown = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/api/rooms`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${SignalingServerProcess.apiKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  }
}

function rejectAfter(milliseconds: number, message: string): Promise<never> {
  return new Promise((_resolve, reject) => {
    setTimeout(() => reject(new Error(message)), milliseconds).unref();
  });
}
