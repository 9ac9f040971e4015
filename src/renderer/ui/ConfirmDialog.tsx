import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog.ts';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for what cannot be taken back lightly. */
  destructive?: boolean;
  busy?: boolean;
  /** Shown inside the dialog when the confirmed action failed, so the user keeps their context. */
  error?: ReactNode;
  onConfirm: () => void;
  /** Called however the dialog closes without confirming: Cancel, Escape, or the parent closing it. */
  onClose: () => void;
};

/**
 * A native modal <dialog>: showModal() makes the rest of the page inert and traps focus, Escape closes it,
 * and the browser returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  destructive = false,
  busy = false,
  error,
  onConfirm,
  onClose,
}: Props) {
  const dialog = useModalDialog(open);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    // The safe choice has focus first, so a stray Enter never destroys anything.
    if (open) cancel.current?.focus();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape while busy would close the element but not the state that says it is open.
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      {error}
      <div className="dialog-actions">
        {/* aria-disabled rather than disabled while busy: a disabled button drops focus out of the dialog. */}
        <button
          ref={cancel}
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onClose()}
        >
          Cancel
        </button>
        <button
          type="button"
          className={destructive ? 'button button-danger' : 'button button-primary'}
          aria-disabled={busy || undefined}
          onClick={() => !busy && onConfirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
