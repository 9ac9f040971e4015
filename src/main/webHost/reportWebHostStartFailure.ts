import { describeOpenFailure } from '../backend/describeOpenFailure.ts';
import { DatabaseDamagedAtStartError } from './DatabaseDamagedAtStartError.ts';
import { restoreCommandHint } from './restoreCommandHint.ts';
import { webHostExitCodes } from './webHostExitCodes.ts';

/** What `npm run web` prints when it cannot start, and the exit code: 3 for a damaged database, else 1. */
export function reportWebHostStartFailure(
  error: unknown,
  dataDirectory: string,
): { text: string; exitCode: number } {
  if (error instanceof DatabaseDamagedAtStartError)
    return {
      text: `${error.message}\n${restoreCommandHint(dataDirectory)}`,
      exitCode: webHostExitCodes.databaseDamaged,
    };
  const described = describeOpenFailure(error, dataDirectory);
  if (described.damaged) {
    const hint = described.newestBackup ? `\n${restoreCommandHint(dataDirectory)}` : '';
    return { text: `${described.message}${hint}`, exitCode: webHostExitCodes.databaseDamaged };
  }
  return { text: described.message, exitCode: webHostExitCodes.failed };
}
