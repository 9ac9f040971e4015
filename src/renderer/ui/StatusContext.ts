import { createContext } from 'react';

/** Says something politely to screen readers and shows it briefly on screen. */
export type Announce = (message: string) => void;

export const StatusContext = createContext<Announce>(() => {});
