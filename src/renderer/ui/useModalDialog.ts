import { useEffect, useRef } from 'react';

/**
 * Keeps a native <dialog> in step with `open`: showModal() (inert page, focus trap, Escape) when it turns true,
 * close() when it turns false. Returns the ref to put on the <dialog>.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
