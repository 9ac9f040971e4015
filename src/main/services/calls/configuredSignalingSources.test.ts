import { describe, expect, it, vi } from 'vitest';
import { settingKeys } from '../../storage/repositories/SettingsRepository.ts';
import { useTestRepositories } from '../../testing/useTestRepositories.ts';
import { configuredSignalingSources } from './configuredSignalingSources.ts';

const test = useTestRepositories();

describe('configuredSignalingSources', () => {
  it('reads the server Settings name through the settings repository, fresh each time', () => {
    const { settings } = test.repositories;
    expect(configuredSignalingSources(settings)).toEqual([]);
    settings.setMany({ [settingKeys.signalingUrl]: 'https://signal.example.com' });
    expect(configuredSignalingSources(settings)).toEqual([
      'https://signal.example.com',
      'wss://signal.example.com',
    ]);
    settings.setMany({ [settingKeys.signalingUrl]: 'http://192.0.2.1:8080' });
    expect(configuredSignalingSources(settings)).toEqual(['http://192.0.2.1:8080', 'ws://192.0.2.1:8080']);
  });

  it('gives no extra source when the settings cannot be read', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      get: () => {
        throw new Error('The database connection is not open');
      },
    };
    expect(configuredSignalingSources(broken)).toEqual([]);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
