import type { AppSettings } from '../../../shared/schemas/appSettings.ts';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function settingsHandlers(context: HandlerContext): GroupHandlers<'settings'> {
  const { settings } = context.repositories;
  const read = (): AppSettings => ({
    signalingUrl: settings.get(settingKeys.signalingUrl),
    hasSignalingKey: settings.get(settingKeys.signalingKey) !== null,
    localServerAvailable: Boolean(context.localSignalingServer),
    recruiterName: settings.get(settingKeys.recruiterName) ?? '',
    introMessage: settings.get(settingKeys.introMessage) ?? '',
    relayOnly: settings.get(settingKeys.relayOnly) === 'true',
  });
  return {
    'settings.get': () => read(),
    'settings.encryption': () => context.database.encryption,
    'settings.update': (changes) => {
      // The key belongs to one server: never send it to a new address the user did not give it for.
      const movesServer =
        changes.signalingUrl !== undefined && changes.signalingUrl !== settings.get(settingKeys.signalingUrl);
      const signalingKey = changes.signalingKey === undefined && movesServer ? null : changes.signalingKey;
      settings.setMany({
        [settingKeys.signalingUrl]: changes.signalingUrl,
        [settingKeys.signalingKey]: signalingKey,
        [settingKeys.recruiterName]: changes.recruiterName,
        [settingKeys.introMessage]: changes.introMessage,
        [settingKeys.relayOnly]: changes.relayOnly === undefined ? undefined : String(changes.relayOnly),
      });
      return read();
    },
  };
}
