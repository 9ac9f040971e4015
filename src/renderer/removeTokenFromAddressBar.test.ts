import { describe, expect, test, vi } from 'vitest';
import { removeTokenFromAddressBar } from './removeTokenFromAddressBar.ts';

function visit(href: string) {
  const history = { state: { from: 'router' }, replaceState: vi.fn() };
  removeTokenFromAddressBar({ href }, history);
  return history.replaceState;
}

describe('removeTokenFromAddressBar', () => {
  test('replaces the address with the same one minus the token, keeping the history state', () => {
    const replaceState = visit('http://127.0.0.1:5173/?token=secret-token');
    expect(replaceState).toHaveBeenCalledExactlyOnceWith({ from: 'router' }, '', '/');
  });

  test('keeps the path, the other parameters and the hash', () => {
    const replaceState = visit('http://127.0.0.1:5173/candidates?view=board&token=secret-token#notes');
    expect(replaceState).toHaveBeenCalledExactlyOnceWith(
      { from: 'router' },
      '',
      '/candidates?view=board#notes',
    );
  });

  test('leaves an address without a token alone (the desktop app, a reload)', () => {
    expect(visit('app://rapport/candidates')).not.toHaveBeenCalled();
    expect(visit('http://127.0.0.1:5173/candidates')).not.toHaveBeenCalled();
  });
});
