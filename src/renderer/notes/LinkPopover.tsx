import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isAllowedLink } from '../../shared/notes/isAllowedLink.ts';

/** Adds https:// to an address typed without a scheme, the way browsers' address bars do. */
function normalize(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed}`;
}

/** Edits the link on the selection: an address field with Apply, Remove link and Cancel. */
export function LinkPopover({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => input.current?.focus(), []);

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = normalize(value);
    if (value.trim() === '' || !isAllowedLink(href)) {
      setError('Use a web address (https://…) or an email address.');
      return;
    }
    const chain = editor.chain().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
    editor.view.focus();
  }

  return (
    <form
      className="popover"
      role="dialog"
      aria-label="Link"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          editor.view.focus();
        }
      }}
    >
      <label htmlFor={`${id}-href`} className="field-label">
        Link address
      </label>
      <input
        ref={input}
        id={`${id}-href`}
        className="input"
        type="text"
        inputMode="url"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="submit" className="button button-primary button-small">
          Apply
        </button>
        {current !== '' && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              editor.chain().extendMarkRange('link').unsetLink().run();
              onClose();
              editor.view.focus();
            }}
          >
            Remove link
          </button>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            onClose();
            editor.view.focus();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
