import { openSession } from '../../src/main/backend/openSession.ts';
import { CandidateImportRunner } from '../../src/main/services/candidateImport/CandidateImportRunner.ts';
import { unusedDatabaseControl } from '../../src/main/testing/unusedDatabaseControl.ts';
import type { BackendCall } from './BackendCall.ts';

/**
 * The same router, repositories and SQL as the app, over a plaintext file: the baseline that shows what
 * encryption costs. (openBackend would encrypt the file first, so the bench opens one session directly.)
 */
export function openPlaintextCall(
  databaseFile: string,
  dataDirectory: string,
): { call: BackendCall; close(): void } {
  const imports = new CandidateImportRunner({ databaseFile, databaseKey: null, dataDirectory });
  const session = openSession({
    databaseFile,
    key: null,
    version: 'bench',
    dataDirectory,
    noteRevisionIntervalMs: 0,
    database: unusedDatabaseControl,
    imports,
    onDamage: () => {},
  });
  return {
    async call(method, input) {
      const result = await session.router.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    },
    close() {
      void imports.close();
      session.close({ checkpoint: true });
    },
  };
}
