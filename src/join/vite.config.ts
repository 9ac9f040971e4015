import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The candidate's join page: its own bundle, served by the signalling server at /join/<roomId>.
// Paths are relative to the repository root (where `npm run build:join` runs), so this file needs no Node APIs
// and can stay under the browser lint rules with the rest of the join page.
export default defineConfig({
  root: 'src/join',
  base: '/join/',
  plugins: [react()],
  build: {
    // Relative to root: <repo>/out/join.
    outDir: '../../out/join',
    emptyOutDir: true,
    // The server's CSP allows only same-origin scripts; no inline module preload polyfill.
    modulePreload: { polyfill: false },
  },
});
