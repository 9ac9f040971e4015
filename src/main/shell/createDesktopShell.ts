import { dialog, Notification, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { DesktopShell } from '../services/desktop/DesktopShell.ts';

/**
 * Notifications (the renderer's knocks and the backend's overdue follow-ups) and PDF saving, over the main window. A notification's click brings the window
 * forward (a knock should lead straight back to the app). The PDF is the page the window shows, on A4 or Letter
 * with the default margins, so the print stylesheet decides the layout, at the full page width.
 */
export function createDesktopShell(currentWindow: () => BrowserWindow | null): DesktopShell {
  return {
    notify(title, body, opens) {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        const window = currentWindow();
        if (!window || window.isDestroyed()) return;
        if (window.isMinimized()) window.restore();
        window.focus();
        if (opens === 'today') void window.webContents.executeJavaScript("location.hash = '#/'");
      });
      notification.show();
      return true;
    },
    async savePdf(fileName, pageSize) {
      const window = currentWindow();
      if (!window || window.isDestroyed()) return null;
      const choice = await dialog.showSaveDialog(window, {
        title: 'Save as PDF',
        defaultPath: fileName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return null;
      const pdf = await window.webContents.printToPDF({
        pageSize,
        printBackground: true,
        preferCSSPageSize: false,
      });
      await writeFile(choice.filePath, pdf);
      return choice.filePath;
    },
  };
}
