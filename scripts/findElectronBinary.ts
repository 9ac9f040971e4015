import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable if it is on this machine, else null. Electron 42+ downloads it on first run,
 * which cannot happen without internet, so callers fall back (npm start → web host; e2e → skip).
 */
export function findElectronBinary(root = path.resolve(import.meta.dirname, '..')): string | null {
  const packageDirectory = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDirectory, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const distribution = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDirectory, 'dist');
  const executable = path.join(distribution, relative);
  return existsSync(executable) ? executable : null;
}
