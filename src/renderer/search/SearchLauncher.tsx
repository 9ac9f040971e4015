import { useEffect, useState } from 'react';
import { SearchDialog } from './SearchDialog.tsx';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The Search button, and Ctrl+K (⌘K on a Mac) from anywhere in the app, both opening the search dialog. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(0);

  useEffect(() => {
    // Going anywhere else (a link, Back) leaves the search behind; the list's own search changing `?q=` does not.
    const place = () => window.location.hash.split('?')[0];
    let shown = place();
    function handleKeys(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      // Opened here: a hashchange still on its way from a link clicked just before must not close it again.
      shown = place();
      setOpen(true);
      // Pressed again while open: back to the text box, its text selected.
      setOpening((count) => count + 1);
    }
    const close = () => {
      if (place() !== shown) setOpen(false);
      shown = place();
    };
    window.addEventListener('keydown', handleKeys);
    window.addEventListener('hashchange', close);
    return () => {
      window.removeEventListener('keydown', handleKeys);
      window.removeEventListener('hashchange', close);
    };
  }, []);

  return (
    <>
      {/* The shortcut hint sits beside the button, not in it, so the button's name is all of its visible text. */}
      <span className="search-launcher">
        <button
          type="button"
          className="search-launcher-button"
          aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
          onClick={() => setOpen(true)}
        >
          Search
        </button>
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </span>
      <SearchDialog open={open} focusRequest={opening} onClose={() => setOpen(false)} />
    </>
  );
}
