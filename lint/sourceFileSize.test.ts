import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const limit = 400;
const sourceFile = /\.(ts|tsx|js|css|html)$/;

// Each exception says why; everything else stays small enough to read in one sitting.
const exceptions = new Map<string, string>([]);

/** Lines as an editor numbers them: a final newline does not start another line. */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

test(`no source file is over ${limit} lines`, () => {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => sourceFile.test(file) && existsSync(path.join(root, file)));
  const tooLong = tracked
    .filter((file) => !exceptions.has(file))
    .map((file) => ({ file, lines: lineCount(readFileSync(path.join(root, file), 'utf8')) }))
    .filter(({ lines }) => lines > limit);
  expect(tooLong).toEqual([]);
});
