import { useEffect, useState } from 'react';
import { SearchDialog } from './SearchDialog.tsx';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The Search button, and Ctrl+K (⌘K on a Mac) from anywhere in the app, both opening the search dialog. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(0);

  useEffect(() => {
    function handleKeys(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      setOpen(true);
      // Pressed again while open: back to the text box, its text selected.
      setOpening((count) => count + 1);
    }
    // Going anywhere else (a link, Back) leaves the search behind.
    const close = () => setOpen(false);
    window.addEventListener('keydown', handleKeys);
    window.addEventListener('hashchange', close);
    return () => {
      window.removeEventListener('keydown', handleKeys);
      window.removeEventListener('hashchange', close);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="search-launcher"
        aria-label="Search"
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        onClick={() => setOpen(true)}
      >
        <span>Search</span>
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      <SearchDialog open={open} focusRequest={opening} onClose={() => setOpen(false)} />
    </>
  );
}
