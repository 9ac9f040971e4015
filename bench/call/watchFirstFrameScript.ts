/**
 * Installed in a page: resolves `window[key]` to the wall-clock time (ms) at which the first frame of the video
 * with this accessible name was presented, using requestVideoFrameCallback.
 *
 * It waits for the element's `loadstart` (fired when a stream is attached), caught on the document since media
 * events do not bubble, rather than polling for it: a timer firing every few milliseconds in both pages loaded the
 * machine during our calls and not during the baseline's, whose page script registers its callback in `ontrack`.
 */
export function watchFirstFrameScript(label: string, key: string): string {
  return `(() => {
    const watch = (video) => {
      if (!video || !video.srcObject || video.dataset.benchWatched) return;
      video.dataset.benchWatched = 'yes';
      video.requestVideoFrameCallback((now, metadata) => {
        window.${key} = performance.timeOrigin + (metadata.presentationTime || now);
      });
    };
    const matches = (target) => target instanceof HTMLVideoElement && target.getAttribute('aria-label') === '${label}';
    document.addEventListener('loadstart', (event) => {
      if (matches(event.target)) watch(event.target);
    }, true);
    watch(document.querySelector('video[aria-label="${label}"]'));
  })()`;
}
