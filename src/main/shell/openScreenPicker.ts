import { BrowserWindow } from 'electron';
import { pickerChoice } from './pickerChoice.ts';
import type { ScreenSource } from './ScreenSource.ts';
import { screenPickerPage } from './screenPickerPage.ts';

/**
 * Shows the app's own screen picker as a small modal window over `parent`, and resolves with the chosen source's
 * id, or null when the person cancels or closes it. The page has no script and no preload: its form's navigation
 * is the answer, read here and never let through.
 */
export function openScreenPicker(
  parent: BrowserWindow | null,
  sources: readonly ScreenSource[],
): Promise<string | null> {
  const offered = new Set(sources.map((source) => source.id));
  const picker = new BrowserWindow({
    ...(parent ? { parent, modal: true } : {}),
    title: 'Choose what to share',
    width: 820,
    height: 600,
    show: false,
    // Like the main window: no Node, sandboxed, no middle-click opening anything, no DevTools.
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  return new Promise((resolve) => {
    let answered = false;
    const answer = (choice: string | null) => {
      if (answered) return;
      answered = true;
      resolve(choice);
      if (!picker.isDestroyed()) picker.close();
    };
    picker.webContents.on('will-navigate', (event) => {
      event.preventDefault();
      const choice = pickerChoice(event.url, offered);
      if (choice !== undefined) answer(choice);
    });
    picker.on('closed', () => answer(null));
    picker.once('ready-to-show', () => picker.show());
    picker
      .loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(screenPickerPage(sources))}`)
      .catch(() => answer(null));
  });
}
