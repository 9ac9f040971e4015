// `npm start`: installs what is missing, builds, and runs the desktop app. Where no Electron binary can be had
// (it is downloaded on first run, and some machines have no internet) it says so and serves the web host instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './ensureBuilt.ts';
import { ensureInstalled } from './ensureInstalled.ts';
import { findElectronBinary } from './findElectronBinary.ts';

const root = path.resolve(import.meta.dirname, '..');
ensureInstalled(root);
ensureBuilt(root);

const electron = findElectronBinary(root);
if (electron) {
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
} else {
  console.error(
    'The Electron binary is not installed on this machine and cannot be downloaded here, ' +
      'so Rapport is starting in your browser instead (the same app, served on 127.0.0.1 only).',
  );
  process.argv.push('--no-build');
  await import('./web.ts');
}
