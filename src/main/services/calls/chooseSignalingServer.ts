import { ApiFailure } from '../../api/ApiFailure.ts';
import { settingKeys, type SettingsRepository } from '../../storage/repositories/SettingsRepository.ts';
import type { SignalingServerAccess } from './SignalingServerAccess.ts';

/** The server Settings name, or Rapport's own local one when Settings leave it empty. */
export function chooseSignalingServer(
  settings: Pick<SettingsRepository, 'get'>,
  localServer: SignalingServerAccess | undefined,
): SignalingServerAccess {
  const url = settings.get(settingKeys.signalingUrl);
  if (url) {
    const key = settings.get(settingKeys.signalingKey);
    if (!key)
      throw new ApiFailure('unavailable', 'Add the signalling server’s key in Settings to start calls.');
    return { url, key };
  }
  if (localServer) return localServer;
  throw new ApiFailure('unavailable', 'No signalling server is set up. Add one in Settings to start calls.');
}
