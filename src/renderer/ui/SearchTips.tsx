import { useId, useRef, type CSSProperties } from 'react';
import { searchFieldNames } from '../../shared/search/searchFieldNames.ts';
import { searchExamples } from './searchExamples.ts';
import './searchTips.css';

/**
 * A "Search tips" button that opens a popover of example queries and the fields a word can be narrowed to.
 * Choosing an example puts it in the search box (`onUse`). A native popover: it sits in the top layer, so no
 * dialog clips it; Escape or a click outside closes it alone, and focus goes back to the button.
 */
export function SearchTips({ onUse }: { onUse: (query: string) => void }) {
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-tips`;
  const titleId = `${id}-tips-title`;
  // CSS anchor positioning puts the popover under its button; each button needs its own anchor name.
  const anchor = `--search-tips-${id.replace(/[^a-zA-Z0-9]/g, '')}`;

  return (
    <>
      <button
        type="button"
        className="button button-quiet button-small search-tips-toggle"
        popoverTarget={panelId}
        style={{ anchorName: anchor } as CSSProperties}
      >
        Search tips
      </button>
      <div
        ref={panel}
        id={panelId}
        popover="auto"
        role="region"
        aria-labelledby={titleId}
        className="search-tips-panel"
        style={{ positionAnchor: anchor } as CSSProperties}
      >
        <h2 id={titleId} className="search-tips-title">
          Search tips
        </h2>
        <ul className="search-tips-examples">
          {searchExamples.map((example) => (
            <li key={example.query}>
              <button
                type="button"
                className="search-tips-example"
                onClick={() => {
                  panel.current?.hidePopover();
                  onUse(example.query);
                }}
              >
                <code>{example.query}</code>
                <span>{example.finds}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="search-tips-note">
          Narrow a word to a field with {searchFieldNames.map((field) => `${field}:`).join(', ')} (like
          location:lisboa). Write AND, OR and NOT in capitals; case and accents never matter.
        </p>
        <button
          type="button"
          className="button button-small"
          popoverTarget={panelId}
          popoverTargetAction="hide"
        >
          Close tips
        </button>
      </div>
    </>
  );
}
