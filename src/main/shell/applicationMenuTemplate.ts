import type { MenuItemConstructorOptions } from 'electron';

/**
 * Rapport's own menu, built from Electron's standard roles, instead of the default one with Toggle Developer
 * Tools and Reload. The developer tools appear only when the app was started with `--debug`.
 */
export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  debug: boolean;
}): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.debug) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    // macOS puts About, Hide and Quit in a menu named after the app.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
