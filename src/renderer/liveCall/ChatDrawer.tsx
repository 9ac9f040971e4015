import { useEffect, useRef } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { ChatPanel } from '../callViews/ChatPanel.tsx';

type Props = {
  machine: CallMachine;
  snapshot: CallSnapshot;
  open: boolean;
  /** Opened from the Chat button: the message box takes focus (never when a message opened it). */
  takeFocus: boolean;
  onClose: () => void;
};

/**
 * The call's chat as a drawer over the side of the stage: it never takes room from the call bar. It stays
 * mounted while closed, so a half-written message survives closing it. Escape closes it.
 */
export function ChatDrawer({ machine, snapshot, open, takeFocus, onClose }: Props) {
  const drawer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open && takeFocus)
      drawer.current?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  }, [open, takeFocus]);
  return (
    <div
      ref={drawer}
      className="chat-drawer"
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <button type="button" className="button button-quiet button-small chat-drawer-close" onClick={onClose}>
        Close chat
      </button>
      <ChatPanel machine={machine} snapshot={snapshot} />
    </div>
  );
}
