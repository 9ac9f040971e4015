import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Router } from '../api/Router.ts';
import type { ApiResult } from '../../shared/contract/ApiError.ts';
import { isAppUrl } from './isAppUrl.ts';

/** The slice of IpcMain we use; a real one fits, and so does a test fake. */
export type InvokeRegistry = Pick<IpcMain, 'handle'>;

// The preload uses the same literal; it may not import from src/main.
const channel = 'rapport:invoke';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  // Null when the frame navigated away or was destroyed before the message arrived.
  if (!frame) return false;
  // Only the top-level document on our origin; an iframe, even one of ours, never talks to the backend.
  return isAppUrl(frame.url) && frame.parent === null;
}

/** One channel, one gate: the sender must be our main frame, then the router validates the call itself. */
export function bindIpc(ipcMain: InvokeRegistry, router: Router): void {
  ipcMain.handle(channel, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: { code: 'unauthorized', message: 'Only Rapport’s own window may call its backend.' },
      };
    }
    return router.call(method, input);
  });
}
