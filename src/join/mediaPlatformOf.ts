/** Where the candidate is, as far as camera permissions go: each puts the setting somewhere else. */
export type MediaPlatform = 'ios' | 'android' | 'desktop';

/** iPadOS reports itself as a Mac; its touch points give it away. */
export function mediaPlatformOf(userAgent: string, maxTouchPoints: number): MediaPlatform {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'desktop';
}
