import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

const mainFile = path.resolve(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

export type LaunchedRapport = { app: ElectronApplication; window: Page };

/** Starts the built app (out/main/index.js) on `dataDirectory` and waits for its window to load. */
export async function launchRapport(executablePath: string, dataDirectory: string): Promise<LaunchedRapport> {
  if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`npm run build\` first.`);
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // ELECTRON_RUN_AS_NODE would start a plain Node instead of the app.
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') environment[key] = value;
  }
  const app = await electron.launch({
    executablePath,
    // Chromium refuses to run as root with its sandbox on (as in CI containers); our webPreferences still apply.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainFile, '--data-dir', dataDirectory],
    env: environment,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}
