import { openBackend, type Backend, type OpenBackendOptions } from '../backend/openBackend.ts';
import { testDatabaseKey } from './testDatabaseKey.ts';

export type CallableBackend = Backend & {
  /** Calls through the router and returns the value, or throws with the error's code and message. */
  call<T>(method: string, input: unknown): Promise<T>;
};

/** A real backend on `dataDirectory` with the test key and no backup timer, as tests that reopen one need it. */
export function openBackendIn(
  dataDirectory: string,
  options: Partial<OpenBackendOptions> = {},
): CallableBackend {
  const backend = openBackend({
    dataDirectory,
    version: 'test',
    databaseKey: testDatabaseKey,
    automaticBackups: false,
    ...options,
  });
  return {
    ...backend,
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await backend.router.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
  };
}
