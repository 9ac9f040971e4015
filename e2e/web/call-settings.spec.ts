import { callApi } from '../fixtures/callHelpers.ts';
import { expect, test } from '../fixtures/test.ts';

test('Settings hold the recruiter’s introduction and the signalling server, validate its address and never show the key', async ({
  page,
  webHost,
}) => {
  await page.goto(`${webHost.url}#/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const address = page.getByRole('textbox', { name: 'Signalling server address' });
  await expect(address).toHaveValue('');
  await expect(address).toHaveAccessibleDescription(/server Rapport runs on this computer/);

  await page.getByRole('textbox', { name: 'Your name' }).fill('Rita Recruiter');
  await page.getByRole('textbox', { name: 'Introduction' }).fill('I lead hiring for the platform team.');
  await address.fill('ftp://signal.example.com');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/starting with https:\/\//);

  await address.fill('https://signal.example.com/');
  await page.getByLabel('Server key').fill('top-secret-key');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await expect(address).toHaveValue('https://signal.example.com');
  await expect(page.getByLabel('Server key')).toHaveValue('');
  await expect(page.getByLabel('Server key')).toHaveAccessibleDescription(/A key is saved/);
  expect(await page.content()).not.toContain('top-secret-key');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Rita Recruiter');
  const settings = await callApi<Record<string, unknown>>(webHost.url, 'settings.get', {});
  expect(settings).toMatchObject({ signalingUrl: 'https://signal.example.com', hasSignalingKey: true });
  expect(JSON.stringify(settings)).not.toContain('top-secret-key');

  // Back to the built-in server.
  await page.getByRole('button', { name: 'Forget the saved key' }).click();
  await expect(page.getByRole('status')).toHaveText('The server key was forgotten.');
  await address.fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  expect(await callApi(webHost.url, 'settings.get', {})).toMatchObject({
    signalingUrl: null,
    hasSignalingKey: false,
  });
});

test('with no server configured, the web host’s built-in signalling server opens the room', async ({
  page,
  webHost,
}) => {
  const candidate = await callApi<{ id: string }>(webHost.url, 'candidates.create', {
    name: 'Cara Candidate',
  });
  const interview = await callApi<{ id: string }>(webHost.url, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Screen',
  });
  await page.goto(webHost.url);
  await page.goto(`${webHost.origin}/#/interviews/${interview.id}`);
  await page.getByRole('button', { name: 'Start call' }).click();
  const link = page.getByRole('textbox', { name: 'Invite link' });
  await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/join\/[\w-]+#token=[\w-]+$/);
  const joinUrl = await link.inputValue();
  // The built-in server listens on loopback: the lobby says the link cannot reach anyone else, and what to do.
  const loopback = page.getByRole('note', { name: 'This link works only on this computer' });
  await expect(loopback).toContainText('npm run signal -- --host 0.0.0.0');
  await expect(loopback).toContainText('Settings');
  const info = await fetch(joinUrl.replace('/join/', '/api/rooms/').replace(/#.*$/, '/info'));
  expect(info.status).toBe(200);
  // The CSP lets the page reach that server (http and ws): the lobby connects without a blocked request.
  await expect(page.getByText('Connecting to the signalling server…')).toBeHidden();
  await expect(page.getByText('Waiting for Cara Candidate to open the link…')).toBeVisible();
  await page.getByRole('button', { name: 'End call' }).click();
  await expect(page.getByRole('heading', { name: 'Call ended' })).toBeVisible();
  await expect(page.getByText('The candidate never joined, so nothing was recorded.')).toBeVisible();
});
