import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    const time = entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Runs `electron-vite build` (and the join page's own Vite build) when either is missing or older than its sources. */
export function ensureBuilt(root: string): void {
  // Every output, not just the renderer: a half-finished build must not pass for a fresh one.
  const builtMarkers = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'].map((file) =>
    path.join(root, 'out', file),
  );
  const sources = ['src', 'electron.vite.config.ts', 'package.json'].map((entry) => path.join(root, entry));
  const sourceTime = Math.max(
    ...sources.map((source) =>
      statSync(source).isDirectory() ? newestModification(source) : statSync(source).mtimeMs,
    ),
  );
  const joinMarker = path.join(root, 'out', 'join', 'index.html');
  if (!existsSync(joinMarker) || statSync(joinMarker).mtimeMs < sourceTime) {
    console.error('Building the join page…');
    const join = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'src/join/vite.config.ts',
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (join.status !== 0) throw new Error('The join page build failed; see the output above.');
  }
  if (builtMarkers.every((marker) => existsSync(marker) && statSync(marker).mtimeMs >= sourceTime)) return;
  console.error('Building Rapport…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}
