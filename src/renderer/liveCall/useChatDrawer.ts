import { useState } from 'react';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

type DrawerState = {
  open: boolean;
  openedByHand: boolean;
  closedByHand: boolean;
  /** Lines the recruiter has had in front of them, and lines this state has taken into account. */
  seen: number;
  known: number;
};

/**
 * The chat drawer's state: it opens by itself when the candidate writes, until the recruiter closes it; from
 * then on what arrives is counted as unread on the Chat button instead.
 */
export function useChatDrawer(lines: CallSnapshot['chat']) {
  const [state, setState] = useState<DrawerState>({
    open: false,
    openedByHand: false,
    closedByHand: false,
    seen: lines.length,
    known: lines.length,
  });

  // New lines adjust the state during render (React's pattern for state that follows a prop), not in an effect.
  if (lines.length !== state.known) {
    const fromThem = lines.slice(state.known).some((line) => line.from !== 'local');
    const opens = !state.open && !state.closedByHand && fromThem;
    setState({
      ...state,
      known: lines.length,
      ...(state.open || opens ? { seen: lines.length } : {}),
      ...(opens ? { open: true, openedByHand: false } : {}),
    });
  }

  const close = () => setState((current) => ({ ...current, open: false, closedByHand: true }));
  const toggle = () =>
    setState((current) =>
      current.open
        ? { ...current, open: false, closedByHand: true }
        : { ...current, open: true, openedByHand: true, seen: lines.length },
    );

  const unread = state.open ? 0 : lines.slice(state.seen).filter((line) => line.from !== 'local').length;
  return { open: state.open, openedByHand: state.openedByHand, unread, toggle, close };
}
