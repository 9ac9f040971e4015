import path from 'node:path';
import { startApp } from './shell/startApp.ts';

// Bundled to out/main/index.js, with the preload and the renderer built beside it in out/.
startApp({
  preloadFile: path.join(import.meta.dirname, '..', 'preload', 'index.cjs'),
  rendererDirectory: path.join(import.meta.dirname, '..', 'renderer'),
  storageWorkerFile: path.join(import.meta.dirname, 'storageWorker.js'),
}).catch((error: unknown) => {
  // A bug during startup must not leave a windowless process running in the background.
  console.error('Rapport failed to start', error);
  process.exit(1);
});
