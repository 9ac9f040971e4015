import { clipboard, dialog } from 'electron';
import { DatabaseTooNewError } from '../storage/DatabaseTooNewError.ts';

/** Tells the user, in a blocking dialog, why Rapport will not start, and lets them copy the details for support. */
export function reportStartupFailure(error: unknown, dataDirectory: string): void {
  const reason = error instanceof Error ? error.message : String(error);
  const message =
    error instanceof DatabaseTooNewError
      ? 'This database belongs to a newer version of Rapport.'
      : 'Rapport could not open its database, so it will not start.';
  const detail = `${reason}\n\nData directory: ${dataDirectory}`;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Rapport',
    message,
    detail,
    buttons: ['Copy error', 'Quit'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (choice === 0) {
    const stack = error instanceof Error && error.stack ? `\n\n${error.stack}` : '';
    clipboard.writeText(`${message}\n\n${detail}${stack}`);
  }
}
