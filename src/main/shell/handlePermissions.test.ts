import { describe, expect, test, vi } from 'vitest';
import { handlePermissions, type PermissionSession } from './handlePermissions.ts';

type RequestHandler = (
  webContents: { getURL(): string },
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean; mediaTypes?: string[] },
) => void;
type CheckHandler = (
  webContents: { getURL(): string } | null,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame: boolean; mediaType?: string },
) => boolean;

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: (details: unknown) => boolean } =
    {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: (details: unknown) => boolean) => (handlers.device = handler),
  };
  handlePermissions(session as unknown as PermissionSession);
  return handlers;
}

const ours = { getURL: () => 'app://rapport/interview/1' };
const evil = { getURL: () => 'https://evil.example/' };

type FakeContents = { getURL(): string };

/** Asks the request handler and returns what it answered. */
function request(
  permission: string,
  options: { contents?: FakeContents; requestingUrl?: string; mediaTypes?: string[] } = {},
): boolean {
  const contents = options.contents ?? ours;
  const requestingUrl = options.requestingUrl ?? contents.getURL();
  const mediaTypes = options.mediaTypes ?? ['audio', 'video'];
  const callback = vi.fn();
  fakeSession().request!(contents, permission, callback, { requestingUrl, isMainFrame: true, mediaTypes });
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]![0] as boolean;
}

/** Asks the check handler and returns what it answered. */
function check(
  permission: string,
  options: {
    contents?: FakeContents | null;
    origin?: string;
    mediaType?: string;
    /** The frame asking; by default the window's own document. `null` leaves it out, as Electron may. */
    requestingUrl?: string | null;
  } = {},
): boolean {
  const contents = options.contents === undefined ? ours : options.contents;
  const requestingUrl = options.requestingUrl === undefined ? contents?.getURL() : options.requestingUrl;
  return fakeSession().check!(contents, permission, options.origin ?? 'app://rapport', {
    ...(requestingUrl === null ? {} : { requestingUrl }),
    isMainFrame: true,
    mediaType: options.mediaType ?? 'video',
  });
}

describe('permission requests', () => {
  test("grants 'media' (camera and microphone) to app://rapport", () => {
    expect(request('media')).toBe(true);
  });

  test("denies 'media' to https://evil.example", () => {
    expect(request('media', { contents: evil })).toBe(false);
  });

  test("denies 'media' to a foreign frame inside our window", () => {
    expect(request('media', { contents: ours, requestingUrl: 'https://evil.example/frame' })).toBe(false);
  });

  test("denies 'media' to a foreign page that embeds one of our frames", () => {
    expect(request('media', { contents: evil, requestingUrl: 'app://rapport/interview/1' })).toBe(false);
  });

  test("denies 'media' when no audio or video is requested", () => {
    expect(request('media', { mediaTypes: [] })).toBe(false);
  });

  test("grants 'display-capture' to app://rapport", () => {
    expect(request('display-capture')).toBe(true);
  });

  test("grants 'clipboard-sanitized-write' to app://rapport", () => {
    expect(request('clipboard-sanitized-write')).toBe(true);
  });

  test.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'midiSysex',
    'openExternal',
    'fullscreen',
    'unknown',
  ])("denies '%s' even to app://rapport", (permission) => {
    expect(request(permission)).toBe(false);
  });
});

describe('permission checks', () => {
  test("allows 'media' for app://rapport", () => {
    expect(check('media')).toBe(true);
  });

  test("refuses 'media' for https://evil.example", () => {
    expect(check('media', { contents: evil, origin: 'https://evil.example' })).toBe(false);
  });

  test("refuses 'media' for a foreign origin inside our window", () => {
    expect(check('media', { contents: ours, origin: 'https://evil.example' })).toBe(false);
  });

  test("refuses 'media' for a foreign frame inside our window, even when the origin says app://rapport", () => {
    expect(check('media', { requestingUrl: 'https://evil.example/frame' })).toBe(false);
  });

  test("refuses 'media' for a foreign page, even when the origin and the frame say app://rapport", () => {
    expect(check('media', { contents: evil, requestingUrl: 'app://rapport/interview/1' })).toBe(false);
  });

  test("allows 'media' for our window when the check names no frame", () => {
    expect(check('media', { requestingUrl: null })).toBe(true);
  });

  test("refuses 'media' when there is no webContents (a service worker)", () => {
    expect(check('media', { contents: null })).toBe(false);
  });

  test("refuses 'media' of an unknown kind", () => {
    expect(check('media', { mediaType: 'unknown' })).toBe(false);
  });

  test.each(['geolocation', 'notifications', 'hid', 'usb', 'serial'])(
    "refuses '%s' even for app://rapport",
    (permission) => {
      expect(check(permission)).toBe(false);
    },
  );
});

test('denies every device permission (HID, USB, serial)', () => {
  expect(fakeSession().device!({ deviceType: 'usb', origin: 'app://rapport' })).toBe(false);
});
