import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './e2e/fixtures/chromiumExecutable.ts';

// Debian's chromium, never a downloaded browser; no video (Playwright's ffmpeg cannot be downloaded here).
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry: on 2 shared cores a real WebRTC call or a web host start can miss a deadline. A test that passes only
  // on its retry is reported as flaky by Playwright (test-results/e2e.json) and still counted; fix those, never hide them.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    video: 'off',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--allow-loopback-in-peer-connection',
      ],
    },
  },
  projects: [
    { name: 'web', testDir: './e2e/web' },
    { name: 'electron', testDir: './e2e/electron' },
  ],
});
