import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { StatusContext, type AnnounceAction } from './StatusContext.ts';

const visibleForMs = 8000;
// Long enough to notice a mistake and reach the button from the keyboard.
const withActionForMs = 15_000;

type Message = { id: number; text: string; action: AnnounceAction | undefined };

/**
 * Owns the global live region. It is always in the DOM (a region added together with its text is often not
 * read), and each message gets a fresh node so the same words said twice are announced twice.
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const nextId = useRef(1);
  const timer = useRef<number | undefined>(undefined);

  const dismiss = useCallback(() => {
    window.clearTimeout(timer.current);
    setMessage(null);
  }, []);

  const announce = useCallback((text: string, action?: AnnounceAction) => {
    window.clearTimeout(timer.current);
    setMessage({ id: nextId.current++, text, action });
    timer.current = window.setTimeout(() => setMessage(null), action ? withActionForMs : visibleForMs);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <StatusContext value={announce}>
      {children}
      <div className="toast" data-visible={message ? 'true' : 'false'}>
        <p role="status" className="toast-text">
          {message && <span key={message.id}>{message.text}</span>}
        </p>
        {message?.action && (
          <button
            type="button"
            className="button toast-action"
            onClick={() => {
              const { action } = message;
              dismiss();
              action?.run();
            }}
          >
            {message.action.label}
          </button>
        )}
        {message && (
          <button type="button" className="button button-quiet toast-dismiss" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
    </StatusContext>
  );
}
