import { useContext } from 'react';
import { StatusContext, type Announce } from './StatusContext.ts';

/** The app's one polite live region, from anywhere below StatusProvider. */
export function useAnnounce(): Announce {
  return useContext(StatusContext);
}
