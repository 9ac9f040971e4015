import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { callApi } from '../fixtures/callApi.ts';
import { seriousAxeViolations } from '../fixtures/seriousAxeViolations.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';

// axe-core is injected as an inline script, which our CSP rightly refuses; this spec alone bypasses it.
test.use({ bypassCSP: true });

type Seeded = { candidateId: string; interviewId: string; kitId: string };

/** A candidate with an interview from the first built-in kit, and one in the Trash, so every view has something to show. */
async function seed(host: WebHostProcess): Promise<Seeded> {
  const candidate = await callApi(host, 'candidates.create', {
    name: 'Grace Hopper',
    email: 'grace@example.com',
    role: 'Engineer',
    tags: ['compilers'],
  });
  const trashed = await callApi(host, 'candidates.create', { name: 'Alan Turing' });
  await callApi(host, 'candidates.delete', { id: trashed.id });
  const kits = await callApi(host, 'kits.list', {});
  const kit = kits.items[0]!;
  const interview = await callApi(host, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Technical screen',
    kitId: kit.id,
  });
  return { candidateId: candidate.id, interviewId: interview.id, kitId: kit.id };
}

/** Every view of the app: its address and the heading that says it has loaded. */
const views: Array<{ name: string; hash: (seeded: Seeded) => string; heading: string }> = [
  { name: 'candidate list', hash: () => '#/candidates', heading: 'Candidates' },
  { name: 'new candidate', hash: () => '#/candidates/new', heading: 'Add candidate' },
  {
    name: 'candidate profile',
    hash: (seeded) => `#/candidates/${seeded.candidateId}`,
    heading: 'Grace Hopper',
  },
  {
    name: 'edit candidate',
    hash: (seeded) => `#/candidates/${seeded.candidateId}/edit`,
    heading: 'Edit Grace Hopper',
  },
  { name: 'Trash', hash: () => '#/trash', heading: 'Trash' },
  { name: 'import', hash: () => '#/import', heading: 'Import candidates' },
  { name: 'settings', hash: () => '#/settings', heading: 'Settings' },
  { name: 'pipeline stages', hash: () => '#/settings/stages', heading: 'Pipeline stages' },
  { name: 'interview', hash: (seeded) => `#/interviews/${seeded.interviewId}`, heading: 'Technical screen' },
  {
    name: 'interview print page',
    hash: (seeded) => `#/interviews/${seeded.interviewId}/print`,
    heading: 'Technical screen — Grace Hopper',
  },
  { name: 'kits', hash: () => '#/kits', heading: 'Interview kits' },
  { name: 'new kit', hash: () => '#/kits/new', heading: 'New kit' },
  {
    name: 'kit editor',
    hash: (seeded) => `#/kits/${seeded.kitId}`,
    heading: 'Edit “Recruiter phone screen”',
  },
  { name: 'page not found', hash: () => '#/no/such/place', heading: 'Page not found' },
];

let host: WebHostProcess;
let seeded: Seeded;
let dataDirectory: string;

// One web host and one set of data for every view: each test only opens a view and runs axe on it.
test.beforeAll(async () => {
  dataDirectory = mkdtempSync(path.join(tmpdir(), 'rapport-axe-'));
  host = await startWebHostProcess(dataDirectory);
  seeded = await seed(host);
});
test.afterAll(async () => {
  await host?.stop();
  rmSync(dataDirectory, { recursive: true, force: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme}`, () => {
    test.use({ colorScheme });

    for (const view of views) {
      test(`the ${view.name} has no serious or critical violation (${colorScheme})`, async ({ page }) => {
        await page.goto(`${host.url}${view.hash(seeded)}`);
        await expect(page.getByRole('heading', { level: 1, name: view.heading, exact: true })).toBeVisible();
        await expect(page.getByText(/^Loading/)).toHaveCount(0);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }

    test(`the search dialog has no serious or critical violation (${colorScheme})`, async ({ page }) => {
      await page.goto(`${host.url}#/candidates`);
      await expect(page.getByRole('heading', { level: 1, name: 'Candidates', exact: true })).toBeVisible();
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await expect(dialog).toBeVisible();
      await page.keyboard.type('Grace');
      await expect(dialog.getByText('Grace Hopper').first()).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  });
}
