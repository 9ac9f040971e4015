import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeVersionProblem } from './nodeVersionProblem.js';

const root = path.resolve(import.meta.dirname, '..');
const debianNode = '/usr/bin/node';
const versionOf = (node: string) =>
  spawnSync(node, ['-p', 'process.versions.node']).stdout?.toString().trim();
const oldNode = existsSync(debianNode) && nodeVersionProblem(versionOf(debianNode) ?? '') !== null;

describe('nodeVersionProblem', () => {
  test.each(['20.20.2', '22.17.1', '18.0.0', '22.6.0'])(
    'refuses Node %s, naming it and how to get a newer one',
    (version) => {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(`Rapport needs Node 22.18 or later; you have ${version}.`);
      expect(problem).toMatch(/nvm install/);
      expect(problem).toMatch(/nodejs\.org/);
    },
  );

  test.each(['22.18.0', '22.20.1', '24.0.0', '25.1.0'])('accepts Node %s', (version) => {
    expect(nodeVersionProblem(version)).toBeNull();
  });
});

describe.skipIf(!oldNode)(`npm start, npm test and npm run web under ${debianNode} (an old Node)`, () => {
  test.each(['start', 'test', 'web'])('%s says which Node it needs, and exits 1', (script) => {
    const version = versionOf(debianNode)!;
    const result = spawnSync(debianNode, [path.join(root, 'scripts', 'launch.js'), script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Rapport needs Node 22.18 or later; you have ${version}.`);
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });
});

test('launch.js runs the named entry point on a current Node, passing on only the arguments after its name', () => {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'launch.js'), 'web', '--no-build', '--port', 'nope'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, RAPPORT_DATA_DIR: path.join(root, 'test-results', 'launch-test-unused') },
    },
  );
  // web.ts got exactly `--no-build --port nope`: its own check refuses the port before anything starts.
  expect(result.stderr).toContain('--port must be a number from 0 to 65535, not "nope".');
  expect(result.status).toBe(2);
});
