import { useCallback, useState } from 'react';
import type { CandidateListQuery } from './CandidateListQuery.ts';

const storageKey = 'rapport.candidateListQuery';
const sorts = new Set(['updated', 'name', 'stage', 'created']);

function read(): CandidateListQuery {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as Record<string, unknown> | null;
    if (!stored || typeof stored !== 'object') return { sort: 'updated' };
    const query: CandidateListQuery = {
      sort: sorts.has(String(stored.sort)) ? (stored.sort as CandidateListQuery['sort']) : 'updated',
    };
    for (const key of ['stageId', 'role', 'tag', 'source', 'name'] as const) {
      if (typeof stored[key] === 'string' && stored[key] !== '') query[key] = stored[key];
    }
    return query;
  } catch {
    return { sort: 'updated' };
  }
}

/** The list's filters and order, kept for this window's session, so coming back from a profile keeps them. */
export function useStoredListQuery(): [CandidateListQuery, (query: CandidateListQuery) => void] {
  const [query, setQuery] = useState(read);
  const update = useCallback((next: CandidateListQuery) => {
    setQuery(next);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage can be full or disabled; the filters still work for this visit.
    }
  }, []);
  return [query, update];
}
