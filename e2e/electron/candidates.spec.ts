import { CandidateFormPage } from '../pages/CandidateFormPage.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { expect, test } from '../fixtures/test.ts';
import { findElectronBinary } from '../../scripts/findElectronBinary.ts';
import { launchRapport } from './launchRapport.ts';

const binary = findElectronBinary();
test.skip(
  !binary,
  'Electron binary not installed on this machine (it is downloaded on first run, and this machine has no internet)',
);

test('a candidate added in the desktop window survives a restart', async ({ dataDirectory }) => {
  const first = await launchRapport(binary!, dataDirectory);
  try {
    const list = new CandidatesPage(first.window);
    const form = new CandidateFormPage(first.window);
    // The app opens on Today; the list is one click away in the sidebar.
    await list.candidatesLink.click();
    await list.addButton.click();
    await expect(form.name).toBeFocused();
    await form.fill({ name: 'Ada Lovelace', email: 'ada@example.com' });
    await form.save();
    await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
  } finally {
    await first.app.close();
  }

  const second = await launchRapport(binary!, dataDirectory);
  try {
    const list = new CandidatesPage(second.window);
    await list.candidatesLink.click();
    await expect(list.candidateLink('Ada Lovelace')).toBeVisible();
    await expect(list.count).toHaveText('1 candidate');
  } finally {
    await second.app.close();
  }
});
