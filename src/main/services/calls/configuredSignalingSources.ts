import { settingKeys, type SettingsRepository } from '../../storage/repositories/SettingsRepository.ts';
import { signalingConnectSources } from './signalingConnectSources.ts';

/** CSP connect-src entries for the signalling server named in Settings, read fresh for each page load. */
export function configuredSignalingSources(settings: Pick<SettingsRepository, 'get'>): string[] {
  let configured: string | null;
  try {
    configured = settings.get(settingKeys.signalingUrl);
  } catch (error) {
    // A page must still load (with the stricter policy) when the database cannot be read.
    console.error('Rapport could not read the signalling server from Settings', error);
    configured = null;
  }
  return signalingConnectSources(configured);
}
