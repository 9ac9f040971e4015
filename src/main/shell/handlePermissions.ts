import type { Session } from 'electron';
import { isAppUrl } from './isAppUrl.ts';

/** The slice of Session whose handlers we set; a real one fits, and so does a test fake. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

// Camera and microphone for interviews, screen sharing, and copying text; nothing else is ever needed.
// display-capture only lets our own page ask: what is captured is chosen in our picker (handleDisplayMedia).
const grantable = new Set<string>(['media', 'display-capture', 'clipboard-sanitized-write']);

function isAudioOrVideo(type: unknown): boolean {
  return type === 'audio' || type === 'video';
}

/** Grants our three permissions to our own origin only; everything else, and every device chooser, is denied. */
export function handlePermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    if (!grantable.has(permission) || !isAppUrl(webContents.getURL()) || !isAppUrl(details.requestingUrl)) {
      callback(false);
      return;
    }
    if (permission === 'media') {
      const mediaTypes: unknown[] = 'mediaTypes' in details && details.mediaTypes ? details.mediaTypes : [];
      callback(mediaTypes.length > 0 && mediaTypes.every(isAudioOrVideo));
      return;
    }
    callback(true);
  });
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin, details) => {
    if (!grantable.has(permission) || !isAppUrl(requestingOrigin)) return false;
    if (!webContents || !isAppUrl(webContents.getURL())) return false;
    // Absent for checks not made on behalf of a document (a service worker); present, it must be ours too.
    if (details.requestingUrl !== undefined && !isAppUrl(details.requestingUrl)) return false;
    if (permission === 'media') return isAudioOrVideo(details.mediaType);
    return true;
  });
  // WebHID, WebUSB, Web Serial and Bluetooth: Rapport never asks, so nobody gets them.
  session.setDevicePermissionHandler(() => false);
}
