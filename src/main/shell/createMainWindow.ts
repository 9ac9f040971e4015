import { BrowserWindow, nativeTheme } from 'electron';
import { appOrigin } from './appOrigin.ts';

/** The renderer's own background colours, so the window never flashes white in dark mode before first paint. */
const backgroundColors = { light: '#ffffff', dark: '#1c1c1e' } as const;

/** The one window: sandboxed, isolated, no Node, no DevTools, loading app://rapport/ and shown once it has painted. */
export function createMainWindow(options: {
  preloadFile: string;
  url?: string;
  /** Only `--debug` may open the developer tools; in everyday use they stay off. */
  devTools?: boolean;
}): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Rapport',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? backgroundColors.dark : backgroundColors.light,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A middle click must not open links in a new window, whatever the window-open handler says.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: options.devTools === true,
      preload: options.preloadFile,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url ?? appOrigin.startUrl).catch((error: unknown) => {
    console.error(`Rapport could not load ${options.url ?? appOrigin.startUrl}`, error);
  });
  return window;
}
