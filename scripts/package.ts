// `npm run package [-- --linux | --mac | --win]`: builds Rapport, then installers with electron-builder
// (electron-builder.config.ts), from the Electron binary installed in node_modules rather than a download.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './ensureBuilt.ts';
import { ensureInstalled } from './ensureInstalled.ts';
import { findElectronBinary } from './findElectronBinary.ts';

const root = path.resolve(import.meta.dirname, '..');
ensureInstalled(root);
if (!findElectronBinary(root)) {
  console.error(
    'npm run package needs the Electron binary, and it is not installed on this machine. Electron downloads it ' +
      'the first time it runs (`npx electron --version`); run that where there is internet, then package again.',
  );
  process.exit(1);
}
ensureBuilt(root);
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--config',
    'electron-builder.config.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
