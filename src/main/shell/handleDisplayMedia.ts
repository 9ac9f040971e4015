import { desktopCapturer, type Session } from 'electron';
import { isAppUrl } from './isAppUrl.ts';
import type { ScreenSource } from './ScreenSource.ts';

/** The slice of Session this sets; a real one fits, and so does a test fake. */
export type DisplayMediaSession = Pick<Session, 'setDisplayMediaRequestHandler'>;

/** Shows the sources and resolves with the chosen id, or null when the person cancels. */
export type PickScreenSource = (sources: ScreenSource[]) => Promise<string | null>;

/**
 * getDisplayMedia in the desktop app: our own picker (desktopCapturer sources with thumbnails), for our own pages
 * only. The capture is made only from a source the person picked; a cancel, a foreign frame or a failure denies
 * it, so nothing reaches the screen without that choice.
 */
export function handleDisplayMedia(session: DisplayMediaSession, pick: PickScreenSource): void {
  session.setDisplayMediaRequestHandler(
    (request, callback) => {
      const url = request.frame?.url ?? request.securityOrigin;
      if (!isAppUrl(url) || !request.videoRequested) {
        callback(null);
        return;
      }
      void (async () => {
        const sources = await desktopCapturer.getSources({
          types: ['screen', 'window'],
          thumbnailSize: { width: 320, height: 180 },
        });
        const chosen = await pick(
          sources.map((source) => ({
            id: source.id,
            name: source.name,
            kind: source.id.startsWith('screen:') ? 'screen' : 'window',
            thumbnailDataUrl: source.thumbnail.toDataURL(),
          })),
        );
        const source = sources.find((candidate) => candidate.id === chosen);
        callback(source ? { video: source } : null);
      })().catch((error: unknown) => {
        console.error('Rapport could not show its screen picker', error);
        callback(null);
      });
    },
    { useSystemPicker: false },
  );
}
