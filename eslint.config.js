import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { enforceLayers } from './lint/enforceLayers.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
];

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
    // Folder boundaries: which layer may import which (lint/layers.js, drawn in docs/architecture.md).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { rapport: { rules: { layers: enforceLayers } } },
    rules: { 'rapport/layers': 'error' },
  },
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
      ...forbid(
        [
          ['electron', ...nodeBuiltins],
          ['**/main/**', '**/preload/**'],
        ],
        'The renderer talks to the backend only through src/renderer/api.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid(
      [
        ['electron', 'react', 'react-dom', ...nodeBuiltins],
        ['**/main/**', '**/renderer/**', '**/preload/**', '**/server/**'],
      ],
      'src/shared is pure TypeScript for every process.',
    ),
  },
  {
    // Only the thin shell touches Electron; storage, search, services and the rest run under plain Node.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: forbid(
      [['electron'], ['**/renderer/**', '**/preload/**']],
      'Storage and services are plain Node: no Electron, so tests and the web host run them.',
    ),
  },
  {
    // The engines are plain TypeScript that React reads through a store, never the other way round.
    files: ['src/renderer/callEngine/**/*.ts', 'src/renderer/notes/editor/**/*.ts'],
    rules: forbid(
      [
        ['electron', 'react', 'react-dom', '@tiptap/react', ...nodeBuiltins],
        ['**/main/**', '**/preload/**'],
      ],
      'The engines import neither React nor the api.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: forbid(
      [
        ['zod', 'react', ...nodeBuiltins],
        ['**/main/**', '**/renderer/**'],
      ],
      'The sandboxed preload only bridges method names to IPC.',
    ),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: forbid(
      [['electron'], ['**/main/**', '**/renderer/**', '**/preload/**']],
      'The signalling server deploys on its own.',
    ),
  },
);
