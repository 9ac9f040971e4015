import type { ApiResult } from '../../shared/contract/ApiError.ts';
import type { MethodName } from '../../shared/contract/ContractTypes.ts';
import type { Router } from '../api/Router.ts';

/** What still answers once the file is damaged: enough to show the recovery screen and restore a backup. */
const usableWhenDamaged: ReadonlySet<string> = new Set<MethodName>([
  'app.info',
  'app.databaseStatus',
  'app.quit',
  'backups.list',
  'backups.restore',
  'settings.encryption',
]);

/**
 * The router every transport uses. It forwards to the current session's router, and stops every call that could
 * write (or read garbage) once the database is known to be damaged, and every call during a restore.
 */
export function guardRouter(gate: {
  router(): Router;
  state(): 'open' | 'damaged' | 'restoring';
  damageMessage(): string;
}): Router {
  return {
    async call(method, input): Promise<ApiResult<unknown>> {
      const state = gate.state();
      if (state === 'restoring' && method !== 'app.databaseStatus') {
        return {
          ok: false,
          error: { code: 'unavailable', message: 'Rapport is restoring a backup. Try again in a moment.' },
        };
      }
      if (state === 'damaged' && !(typeof method === 'string' && usableWhenDamaged.has(method))) {
        return { ok: false, error: { code: 'database_damaged', message: gate.damageMessage() } };
      }
      return gate.router().call(method, input);
    },
  };
}
