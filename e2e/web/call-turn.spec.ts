import {
  callApi,
  callStats,
  enableCallTestHooks,
  expectRemoteVideoDecoding,
} from '../fixtures/callHelpers.ts';
import { startSignalingServerProcess } from '../fixtures/startSignalingServerProcess.ts';
import { startTurnServer, turnServerExecutable } from '../fixtures/startTurnServer.ts';
import { startWebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CallPanel } from '../pages/CallPanel.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const turnserver = turnServerExecutable();

test('with "relay only" on, the call goes through TURN (coturn) and video still decodes', async ({
  browser,
  dataDirectory,
}) => {
  test.skip(
    turnserver === null,
    'coturn’s turnserver is not installed (apt-get install coturn), so there is no TURN server to relay through.',
  );
  test.setTimeout(90_000);
  const turn = await startTurnServer(turnserver!);
  const key = 'e2e-turn-key';
  const signal = await startSignalingServerProcess({
    key,
    extraArguments: ['--turn-url', turn.url, '--turn-secret', turn.secret],
  });
  const host = await startWebHostProcess(dataDirectory, 0, ['--signal-url', signal.url, '--signal-key', key]);
  try {
    await callApi(host.url, 'settings.update', { recruiterName: 'Rita Recruiter', relayOnly: true });
    const candidateRecord = await callApi<{ id: string }>(host.url, 'candidates.create', {
      name: 'Tara Turn',
    });
    const interview = await callApi<{ id: string }>(host.url, 'interviews.create', {
      candidateId: candidateRecord.id,
      title: 'Relay check',
    });

    const recruiterPage = await (await browser.newContext()).newPage();
    await enableCallTestHooks(recruiterPage);
    const recruiter = new CallPanel(recruiterPage);
    await recruiterPage.goto(host.url);
    await recruiterPage.goto(`${host.origin}/#/interviews/${interview.id}`);
    await recruiter.startButton.click();
    const inviteLink = await recruiter.inviteLink.inputValue();

    const candidatePage = await (await browser.newContext()).newPage();
    await enableCallTestHooks(candidatePage);
    const candidate = new JoinPage(candidatePage);
    await candidatePage.goto(inviteLink);
    await candidate.join('Tara Turn');
    await recruiter.admitButton('Tara Turn').click();

    await expectRemoteVideoDecoding(recruiterPage);
    await expectRemoteVideoDecoding(candidatePage);
    const stats = await callStats(recruiterPage);
    expect(stats?.candidatePair?.localCandidateType).toBe('relay');
    // The candidate reaches the recruiter only through the recruiter's relay address.
    expect((await callStats(candidatePage))?.candidatePair?.remoteCandidateType).toBe('relay');

    await recruiter.endButton.click();
    await expect(candidatePage.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
  } finally {
    await host.stop();
    await signal.stop();
    await turn.stop();
  }
});
