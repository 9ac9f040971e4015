import { useCallback, useState } from 'react';
import type { ListDensity } from './ListDensity.ts';

const storageKey = 'rapport.candidateListDensity';

/** The list's row density, remembered on this machine: a preference, not part of one visit's filters. */
export function useStoredDensity(): [ListDensity, (density: ListDensity) => void] {
  const [density, setDensity] = useState<ListDensity>(() => {
    try {
      return localStorage.getItem(storageKey) === 'compact' ? 'compact' : 'comfortable';
    } catch {
      return 'comfortable';
    }
  });
  const update = useCallback((next: ListDensity) => {
    setDensity(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage can be full or disabled; the choice still holds for this visit.
    }
  }, []);
  return [density, update];
}
