import { useEffect } from 'react';

/**
 * Keeps --join-viewport-height and --join-viewport-top on <html> equal to the visual viewport, which shrinks when
 * the on-screen keyboard opens (iOS Safari leaves the layout viewport as it is), so the call fits above it.
 */
export function useVisualViewport(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    const viewport = window.visualViewport;
    const update = () => {
      const height = viewport?.height ?? window.innerHeight;
      root.style.setProperty('--join-viewport-height', `${Math.round(height)}px`);
      root.style.setProperty('--join-viewport-top', `${Math.round(viewport?.offsetTop ?? 0)}px`);
    };
    // The first reading waits until the call layout has been painted: reading the viewport forces a layout, which
    // as the call opens cost ~19 ms before the first frame; until then the CSS falls back to 100dvh, right unless a
    // keyboard is up.
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (afterPaint = setTimeout(update, 0)));
    const target: EventTarget = viewport ?? window;
    target.addEventListener('resize', update);
    target.addEventListener('scroll', update);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      target.removeEventListener('resize', update);
      target.removeEventListener('scroll', update);
      root.style.removeProperty('--join-viewport-height');
      root.style.removeProperty('--join-viewport-top');
    };
  }, [active]);
}
