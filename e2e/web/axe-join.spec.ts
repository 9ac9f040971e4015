import { seriousAxeViolations } from '../fixtures/seriousAxeViolations.ts';
import {
  startSignalingServerProcess,
  type SignalingServerProcess,
} from '../fixtures/startSignalingServerProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const signalKey = 'e2e-signalling-key';
let signal: SignalingServerProcess;

test.use({ bypassCSP: true });
test.beforeEach(async () => {
  signal = await startSignalingServerProcess({ key: signalKey });
});
test.afterEach(async () => {
  await signal?.stop();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the join page's preview and bad-link states have no serious or critical violation (${colorScheme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];

    const room = (await (
      await fetch(`${signal.url}/api/rooms`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${signalKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ hostName: 'Rita Recruiter' }),
      })
    ).json()) as { joinUrl: string };
    const join = new JoinPage(page);
    await page.goto(room.joinUrl);
    await expect(join.name).toBeVisible();
    await expect(join.camera).toBeVisible();
    found.push(...(await seriousAxeViolations(page)).map((line) => `preview: ${line}`));

    await page.goto(`${signal.url}/join/no-such-room#token=whatever`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This interview link is not valid');
    found.push(...(await seriousAxeViolations(page)).map((line) => `bad link: ${line}`));

    await page.goto(`${signal.url}/join/abc`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This interview link is incomplete');
    found.push(...(await seriousAxeViolations(page)).map((line) => `incomplete link: ${line}`));

    await context.close();
    expect(found).toEqual([]);
  });
}
