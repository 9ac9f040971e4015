import { useEffect, useRef, useState } from 'react';
import { limits } from '../../shared/schemas/limits.ts';
import { SearchTips } from '../ui/SearchTips.tsx';
import './candidateSearch.css';

/** Long enough not to search on every keystroke, short enough to feel like the list follows the typing. */
const typingPause = 250;

type Props = {
  /** The search the list shows now (from the address). */
  value: string;
  /** Why the search was read differently from how it was typed, from the last answer. */
  hint: string | null;
  onSearch: (text: string) => void;
};

/**
 * The list's own search box: the same query language as Ctrl+K, searched after a pause in typing (or at once on
 * Enter), with the search tips beside it and the search's hint under it.
 */
export function CandidateSearchBox({ value, hint, onSearch }: Props) {
  const [text, setText] = useState(value);
  const sent = useRef(value);

  // A search chosen elsewhere (a saved search, Ctrl+K's "See all") replaces what is in the box.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      onSearch(text);
    }, typingPause);
    return () => clearTimeout(timer);
  }, [text, onSearch]);

  return (
    <div className="filter list-search">
      <label className="field-label" htmlFor="candidate-search">
        Search candidates
      </label>
      <div className="list-search-row">
        <input
          id="candidate-search"
          type="search"
          className="input"
          placeholder="kotlin AND location:lisboa"
          autoComplete="off"
          spellCheck={false}
          maxLength={limits.searchText}
          aria-describedby="candidate-search-hint"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            sent.current = text;
            onSearch(text);
          }}
        />
        <SearchTips onUse={setText} />
      </div>
      <p id="candidate-search-hint" className="field-hint list-search-hint" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
