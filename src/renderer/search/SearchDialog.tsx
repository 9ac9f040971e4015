import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from '../ui/useModalDialog.ts';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import { limits } from '../../shared/schemas/limits.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import { formatDate } from '../lib/formatDate.ts';
import { describeError } from '../ui/describeError.ts';
import { SearchTips } from '../ui/SearchTips.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { searchSummary } from './searchSummary.ts';
import './search.css';

type Result = MethodOutput<'search.query'>;
type Option = { id: string; href: string };

const fieldLabels: Record<string, string> = {
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  role: 'Role',
  source: 'Source',
  tags: 'Tags',
};
/** Long enough to skip a request per keystroke of a fast typist, short enough to feel instant. */
const typingPause = 60;

/**
 * Search as you type over candidates and notes, in a modal dialog. The text box keeps focus; arrows move through
 * the results (aria-activedescendant), Enter opens the candidate or lands on the note, Escape closes.
 */
export function SearchDialog({
  open,
  focusRequest,
  onClose,
}: {
  open: boolean;
  /** Bumped by each Ctrl+K, so pressing it again while open returns to the text box. */
  focusRequest: number;
  onClose: () => void;
}) {
  const dialog = useModalDialog(open);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; value: Result } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const sequence = useRef(0);
  const listId = useId();

  useEffect(() => {
    if (open) {
      input.current?.focus();
      input.current?.select();
    }
  }, [open, focusRequest]);

  useEffect(() => {
    if (!open) return;
    const query = text.slice(0, limits.searchText);
    const mine = ++sequence.current;
    // An empty box shows the hint (see `shown` below); bumping the sequence drops any reply still on its way.
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      api.search.query({ text: query, limit: 20 }).then(
        (value) => {
          if (mine !== sequence.current) return;
          setResult({ text: query, value });
          setFailure(null);
          setActive(0);
        },
        (error: unknown) => {
          if (mine === sequence.current) setFailure(describeError(error));
        },
      );
    }, typingPause);
    return () => clearTimeout(timer);
  }, [text, open]);

  const shown = text.trim() === '' ? null : result;
  const shownFailure = text.trim() === '' ? null : failure;
  const groups = shown?.value.groups ?? [];
  const options: Option[] = [];
  for (const group of groups) {
    options.push({
      id: `${listId}-c-${group.candidate.id}`,
      href: routeHref({ name: 'candidate', id: group.candidate.id }),
    });
    for (const note of group.notes) {
      options.push({
        id: `${listId}-n-${note.noteId}`,
        href: routeHref({ name: 'candidate', id: group.candidate.id, note: note.noteId }),
      });
    }
  }
  const activeOption = options[Math.min(active, options.length - 1)];

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(activeOption.id)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  function go(option: Option | undefined) {
    if (!option) return;
    onClose();
    window.location.hash = option.href;
  }

  function handleKeys(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (current) => (Math.min(current, options.length - 1) + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(activeOption);
    } else if (event.key === 'Escape') {
      // A search box would only clear its text on Escape; here Escape always closes, as in any dialog.
      event.preventDefault();
      onClose();
    }
  }

  const summary = shownFailure
    ? `Search failed: ${shownFailure}`
    : shown === null
      ? text.trim() === ''
        ? 'Type a name, an email or any word from your notes.'
        : 'Searching…'
      : searchSummary(shown.text, shown.value);
  const total = shown && !shownFailure ? shown.value.total : 0;

  return (
    <dialog
      ref={dialog}
      className="dialog search-dialog"
      aria-label="Search"
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="search-box">
        <input
          ref={input}
          type="search"
          className="input search-input"
          aria-label="Search candidates and notes"
          placeholder="Search candidates and notes"
          autoComplete="off"
          spellCheck={false}
          aria-controls={listId}
          aria-activedescendant={activeOption?.id}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={handleKeys}
        />
        <SearchTips
          onUse={(query) => {
            setText(query);
            input.current?.focus();
          }}
        />
      </div>
      <div className="search-status">
        <p className="search-summary" aria-live="polite">
          {summary}
          {shown?.value.hint && !shownFailure && <span className="search-hint"> {shown.value.hint}</span>}
        </p>
        {total > 0 && (
          <a
            className="search-see-all"
            href={routeHref({ name: 'candidates', search: shown!.text })}
            onClick={onClose}
          >
            See all {total.toLocaleString()} in the list
          </a>
        )}
      </div>
      <div id={listId} role="listbox" aria-label="Search results" className="search-results">
        {groups.map((group) => {
          const groupId = `${listId}-g-${group.candidate.id}`;
          const candidateOption = `${listId}-c-${group.candidate.id}`;
          return (
            <div key={group.candidate.id} role="group" aria-labelledby={groupId} className="search-group">
              <div id={groupId} role="presentation" className="search-group-title">
                <HighlightedText segments={group.name} />
              </div>
              <div
                id={candidateOption}
                role="option"
                aria-selected={activeOption?.id === candidateOption}
                className="search-option"
                onClick={() => go(options.find((option) => option.id === candidateOption))}
              >
                <span className="search-option-kind">Profile</span>
                <span className="search-option-text">
                  <HighlightedText segments={group.name} />
                  {group.candidate.role && <span className="search-muted"> · {group.candidate.role}</span>}
                  {group.field && (
                    <span className="search-field">
                      {' · '}
                      {fieldLabels[group.field.field]}: <HighlightedText segments={group.field.segments} />
                    </span>
                  )}
                </span>
              </div>
              {group.notes.map((note) => {
                const id = `${listId}-n-${note.noteId}`;
                return (
                  <div
                    key={note.noteId}
                    id={id}
                    role="option"
                    aria-selected={activeOption?.id === id}
                    className="search-option"
                    onClick={() => go(options.find((option) => option.id === id))}
                  >
                    <span className="search-option-kind">Note</span>
                    <span className="search-option-text">
                      <span className="search-note-title">
                        {note.title} · {formatDate(note.date)}
                      </span>
                      <span className="search-snippet">
                        <HighlightedText segments={note.snippet} />
                      </span>
                    </span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p className="search-help">
        <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
      </p>
    </dialog>
  );
}
