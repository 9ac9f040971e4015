import { shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './isAllowedExternalUrl.ts';
import { isAppUrl } from './isAppUrl.ts';

/** The slice of WebContents we harden; a real one fits, and so does a test fake. */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Keeps every webContents on app://rapport: no foreign navigation, no new windows, no <webview>. */
export function hardenWebContents(contents: HardenableWebContents): void {
  // In-app route changes use the history API, which never fires will-navigate; anything else must stay home.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // A link to a web page or an address opens in the user's own browser or mail client, never in Electron.
    if (isAllowedExternalUrl(url)) {
      shell
        .openExternal(new URL(url).href)
        .catch((error: unknown) => console.error('openExternal failed', error));
    }
    return { action: 'deny' };
  });
}
