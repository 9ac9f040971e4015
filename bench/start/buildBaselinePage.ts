import react from '@vitejs/plugin-react';
import path from 'node:path';
import { build } from 'vite';

/** Builds the baseline React page (one HTML file, one script) into `outDir`, minified like the renderer. */
export async function buildBaselinePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(import.meta.dirname, 'baseline'),
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  });
}
