/**
 * What only the desktop app's shell can do for the renderer. The shell implements it with Electron; the web
 * host and tests have none, and the handlers then answer that it is unavailable.
 */
export type DesktopShell = {
  /**
   * Shows a desktop notification; false where the system has none. A click brings the window forward, and with
   * `opens: 'today'` also opens Today (the overdue follow-ups are listed there).
   */
  notify(title: string, body: string, opens?: 'today'): boolean;
  /** Asks where to save, then prints the window's page to that PDF; null when the dialog was cancelled. */
  savePdf(fileName: string, pageSize: 'A4' | 'Letter'): Promise<string | null>;
};
