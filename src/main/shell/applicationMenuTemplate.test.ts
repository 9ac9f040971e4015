import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { applicationMenuTemplate } from './applicationMenuTemplate.ts';

/** Every role in the menu, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('applicationMenuTemplate', () => {
  test.each(['linux', 'win32', 'darwin'] as const)(
    'has no developer tools and no reload on %s',
    (platform) => {
      const menuRoles = roles(applicationMenuTemplate({ platform, debug: false }));
      expect(menuRoles).not.toContain('toggleDevTools');
      expect(menuRoles).not.toContain('reload');
      expect(menuRoles).not.toContain('forceReload');
    },
  );

  test('offers the developer tools with --debug', () => {
    expect(roles(applicationMenuTemplate({ platform: 'linux', debug: true }))).toContain('toggleDevTools');
  });

  test('keeps the standard edit menu, so copy and paste work from the menu and their shortcuts', () => {
    expect(roles(applicationMenuTemplate({ platform: 'darwin', debug: false }))).toEqual(
      expect.arrayContaining(['appMenu', 'fileMenu', 'editMenu', 'windowMenu', 'zoomIn', 'togglefullscreen']),
    );
  });

  test('has the macOS app menu on macOS only', () => {
    expect(roles(applicationMenuTemplate({ platform: 'darwin', debug: false }))[0]).toBe('appMenu');
    expect(roles(applicationMenuTemplate({ platform: 'win32', debug: false }))).not.toContain('appMenu');
  });
});
