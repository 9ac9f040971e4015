import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream'];

// Process boundaries, enforced: the renderer and shared code never reach Electron or Node;
// storage and services never import Electron, so tests and the web host run them unchanged.
const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/join/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid([['electron', ...nodeBuiltins], ['**/main/**', '**/preload/**']], 'The renderer talks to the backend only through src/renderer/api.'),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid([['electron', 'react', 'react-dom', ...nodeBuiltins], ['**/main/**', '**/renderer/**', '**/preload/**', '**/server/**']], 'src/shared is pure TypeScript for every process.'),
  },
  {
    files: ['src/main/storage/**/*.ts', 'src/main/api/**/*.ts', 'src/main/backend/**/*.ts', 'src/main/services/**/*.ts', 'src/main/webHost/**/*.ts'],
    rules: forbid([['electron'], ['**/renderer/**', '**/preload/**']], 'Storage and services are plain Node: no Electron, so tests and the web host run them.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: forbid([['zod', 'react', ...nodeBuiltins], ['**/main/**', '**/renderer/**']], 'The sandboxed preload only bridges method names to IPC.'),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: forbid([['electron'], ['**/main/**', '**/renderer/**', '**/preload/**']], 'The signalling server deploys on its own.'),
  },
);
