import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './disclosureMenu.css';

type Props = {
  /** The trigger's visible text, which is its accessible name too ("More actions", "Export"). */
  label: string;
  primary?: boolean;
  /** Plain buttons; choosing one closes the list. */
  children: ReactNode;
};

/**
 * A button that shows a short list of more buttons below it (the disclosure pattern: the items stay ordinary
 * buttons in the tab order). Escape or a click outside closes it, and focus returns to the trigger.
 */
export function DisclosureMenu({ label, primary = false, children }: Props) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!list.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div
      className="disclosure-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        trigger.current?.focus();
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span className="disclosure-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div
        ref={list}
        id={listId}
        className="disclosure-menu-list"
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
