import { createContext } from 'react';

/** An action offered with a message, such as Undo; it runs at most once, and the message goes with it. */
export type AnnounceAction = { label: string; run: () => void };

/** Says something politely to screen readers and shows it briefly on screen, with an optional action. */
export type Announce = (message: string, action?: AnnounceAction) => void;

export const StatusContext = createContext<Announce>(() => {});
