import type { Router } from '../../api/Router.ts';
import { signalingConnectSources } from './signalingConnectSources.ts';

/** CSP connect-src entries for the signalling server named in Settings, read fresh for each page load. */
export async function configuredSignalingSources(router: Router): Promise<string[]> {
  const settings = await router.call('settings.get', {});
  const configured = settings.ok ? (settings.value as { signalingUrl: string | null }).signalingUrl : null;
  return signalingConnectSources(configured);
}
