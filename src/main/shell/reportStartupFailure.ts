import { clipboard, dialog } from 'electron';
import { describeOpenFailure } from '../backend/describeOpenFailure.ts';
import { formatBackupTime } from '../backend/formatBackupTime.ts';

/**
 * Tells the user, in a blocking dialog, why Rapport will not start, and lets them copy the details for support.
 * For a damaged database with a backup it offers the restore first; the answer says what the user chose.
 */
export function reportStartupFailure(error: unknown, dataDirectory: string): 'restore' | 'quit' {
  const { summary, message, damaged, newestBackup } = describeOpenFailure(error, dataDirectory);
  const detail = `${message}\n\nData directory: ${dataDirectory}`;
  const buttons = ['Copy error', 'Quit'];
  if (damaged && newestBackup)
    buttons.unshift(`Restore the newest backup (${formatBackupTime(newestBackup.createdAt)})`);
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Rapport',
    message: summary,
    detail,
    buttons,
    defaultId: buttons.length - 1,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const chosen = buttons[choice];
  if (chosen?.startsWith('Restore')) return 'restore';
  if (chosen === 'Copy error') {
    const stack = error instanceof Error && error.stack ? `\n\n${error.stack}` : '';
    clipboard.writeText(`${summary}\n\n${detail}${stack}`);
  }
  return 'quit';
}
