import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';

test('the token leaves the address bar once the page has loaded, and the session goes on without it', async ({
  page,
  webHost,
}) => {
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Grace Hopper' });
  const token = new URL(webHost.url).searchParams.get('token')!;

  await page.goto(`${webHost.url}#/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  expect(page.url()).toBe(`${webHost.origin}/#/candidates/${candidate.id}`);
  expect(await page.evaluate(() => location.href)).not.toContain(token);

  // The HttpOnly cookie carries the session: a reload and a new save still work without the token.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await page.goto(`${webHost.origin}/#/candidates`);
  await expect(page.getByRole('link', { name: 'Grace Hopper' })).toBeVisible();

  // Back does not bring the token back either: it was replaced, not pushed.
  await page.goBack();
  expect(page.url()).not.toContain(token);
});
