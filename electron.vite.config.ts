import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // The storage worker is an entry of its own: worker threads load it by file name.
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          storageWorker: resolve(import.meta.dirname, 'src/main/storage/worker/storageWorker.ts'),
          // Imports run in a worker thread; its entry is a file of its own beside index.js (see importWorkerUrl).
          importWorker: resolve(import.meta.dirname, 'src/main/services/candidateImport/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS, with everything it imports bundled in.
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // Less to parse before the first paint; electron-vite leaves the renderer unminified otherwise.
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
