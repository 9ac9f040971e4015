/**
 * Installed in a page: resolves `window[key]` to the wall-clock time (ms) at which the first frame of the video
 * with this accessible name was presented, using requestVideoFrameCallback.
 */
export function watchFirstFrameScript(label: string, key: string): string {
  return `(() => {
    const check = () => {
      const video = document.querySelector('video[aria-label="${label}"]');
      if (video && video.srcObject && !video.dataset.benchWatched) {
        video.dataset.benchWatched = 'yes';
        video.requestVideoFrameCallback((now, metadata) => {
          window.${key} = performance.timeOrigin + (metadata.presentationTime || now);
        });
        return;
      }
      setTimeout(check, 1);
    };
    check();
  })()`;
}
