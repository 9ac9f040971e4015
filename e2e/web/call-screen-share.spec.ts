import type { Page } from '@playwright/test';
import { callStats } from '../fixtures/callHelpers.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';

const servers = useCallServers('e2e-share-key');

// Notes the size of each screen the page is given, so the test knows what the other side should decode.
const recordShareSize = `
  const getDisplayMedia = navigator.mediaDevices.getDisplayMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getDisplayMedia = async (constraints) => {
    const stream = await getDisplayMedia(constraints);
    const { width, height } = stream.getVideoTracks()[0].getSettings();
    window.__shareSize = { width, height };
    return stream;
  };
`;

/** The camera again: not the share's size, and the camera's shape (WebRTC may scale it while bandwidth ramps up). */
async function isCameraAgain(page: Page, cameraSize: string, shareSize: string): Promise<boolean> {
  const size = await decodedSize(page);
  const aspect = (text: string) => {
    const [width, height] = text.split('x').map(Number);
    return Math.round((width! / height!) * 100);
  };
  return size !== shareSize && size !== '0x0' && aspect(size) === aspect(cameraSize);
}

async function decodedSize(page: Page): Promise<string> {
  const video = (await callStats(page))?.inboundVideo as { frameWidth?: number; frameHeight?: number } | null;
  return `${video?.frameWidth ?? 0}x${video?.frameHeight ?? 0}`;
}

test('screen share: the other side decodes a track of the share’s size, large, and stopping brings the camera back', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const candidateContext = await browser.newContext();
  await candidateContext.addInitScript({ content: recordShareSize });
  const { recruiterPage, first } = await startConnectedCall(browser, servers.host, {
    contextForCandidate: candidateContext,
  });
  await recruiterPage.addInitScript({ content: recordShareSize });
  await recruiterPage.evaluate(recordShareSize);
  const cameraSize = await decodedSize(first.page);
  expect(cameraSize).not.toBe('0x0');

  // The recruiter shares: the candidate decodes frames of the screen's size, shown large, on the same connection.
  await recruiterPage.getByRole('button', { name: 'Share screen' }).click();
  await expect(recruiterPage.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  const share = (await recruiterPage.evaluate('window.__shareSize')) as { width: number; height: number };
  expect(`${share.width}x${share.height}`).not.toBe(cameraSize);
  await expect
    .poll(() => decodedSize(first.page), { timeout: 20_000 })
    .toBe(`${share.width}x${share.height}`);
  await expect(first.page.getByText('Rita Recruiter is sharing their screen')).toBeVisible();
  await expect(first.page.locator('.call-stage-sharing')).toBeVisible();
  expect(await recruiterPage.evaluate('window.__rapportCall.state()')).toBe('connected');

  await recruiterPage.getByRole('button', { name: 'Stop sharing' }).click();
  await expect
    .poll(() => isCameraAgain(first.page, cameraSize, `${share.width}x${share.height}`), { timeout: 20_000 })
    .toBe(true);
  await expect(first.page.getByText('Rita Recruiter is sharing their screen')).toBeHidden();

  // The candidate may share too, if they choose.
  const recruiterCameraSize = await decodedSize(recruiterPage);
  await first.page.getByRole('button', { name: 'Share screen' }).click();
  await expect(first.page.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  // getDisplayMedia resolves a moment after the click on a loaded machine: wait for the size it noted.
  await expect.poll(() => first.page.evaluate('window.__shareSize !== undefined')).toBe(true);
  const candidateShare = (await first.page.evaluate('window.__shareSize')) as {
    width: number;
    height: number;
  };
  await expect
    .poll(() => decodedSize(recruiterPage), { timeout: 20_000 })
    .toBe(`${candidateShare.width}x${candidateShare.height}`);
  await expect(recruiterPage.getByText('Cara Candidate is sharing their screen')).toBeVisible();
  await first.page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect
    .poll(
      () =>
        isCameraAgain(recruiterPage, recruiterCameraSize, `${candidateShare.width}x${candidateShare.height}`),
      { timeout: 20_000 },
    )
    .toBe(true);
});
