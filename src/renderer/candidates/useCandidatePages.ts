import { useCallback, useEffect, useRef, useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import { api } from '../api/api.ts';
import type { CandidateListQuery } from './CandidateListQuery.ts';

export const candidatePageSize = 100;

export type CandidatePages =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      total: number;
      /** Why the search was read differently from how it was typed; null without one. */
      hint: string | null;
      /** The candidate at a position, or undefined while its page is still on the way. */
      rowAt: (index: number) => Candidate | undefined;
      /** Asks for the pages covering these positions; call it with the rows about to be drawn. */
      want: (first: number, last: number) => void;
      /** Bumps whenever a page arrives, so the rows that waited for it draw again. */
      version: number;
    };

/**
 * The list's rows, fetched a page (100) at a time as they scroll into view and kept until the query changes.
 * With a search, the pages come from search.candidates, in the same order and with the same filters.
 * A reply for an older query is dropped, so fast filter changes never show mixed results.
 */
export function useCandidatePages(query: CandidateListQuery, reloadKey = 0, search = ''): CandidatePages {
  const [state, setState] = useState<
    | { key: string; total: number; hint: string | null; version: number }
    | { key: string; error: unknown }
    | null
  >(null);
  const pages = useRef(new Map<number, Candidate[]>());
  const pending = useRef(new Set<number>());
  const key = `${JSON.stringify(query)}#${reloadKey}#${search}`;
  const currentKey = useRef(key);

  const fetchPage = useCallback(
    (page: number, forKey: string) => {
      if (pending.current.has(page) || pages.current.has(page)) return;
      pending.current.add(page);
      const range = { offset: page * candidatePageSize, limit: candidatePageSize };
      const answer =
        search.trim() === ''
          ? api.candidates.list({ ...query, ...range }).then((result) => ({ ...result, hint: null }))
          : api.search.candidates({ ...query, ...range, text: search });
      answer.then(
        (result) => {
          if (currentKey.current !== forKey) return;
          pending.current.delete(page);
          pages.current.set(page, result.items);
          setState((previous) => ({
            key: forKey,
            total: result.total,
            hint: result.hint,
            version: previous && 'version' in previous && previous.key === forKey ? previous.version + 1 : 0,
          }));
        },
        (error: unknown) => {
          if (currentKey.current !== forKey) return;
          pending.current.delete(page);
          // Without the first page there is no list; a later page is simply asked for again on the next scroll.
          if (page === 0) setState({ key: forKey, error });
        },
      );
    },
    // The query is part of `key`; fetchPage is rebuilt with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  useEffect(() => {
    currentKey.current = key;
    pages.current = new Map();
    pending.current = new Set();
    fetchPage(0, key);
  }, [key, fetchPage]);

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / candidatePageSize))?.[index % candidatePageSize],
    [],
  );
  const want = useCallback(
    (first: number, last: number) => {
      for (
        let page = Math.floor(first / candidatePageSize);
        page <= Math.floor(last / candidatePageSize);
        page += 1
      ) {
        fetchPage(page, currentKey.current);
      }
    },
    [fetchPage],
  );
  const retry = useCallback(() => {
    pending.current = new Set();
    setState(null);
    fetchPage(0, currentKey.current);
  }, [fetchPage]);

  if (!state || state.key !== key) return { status: 'loading' };
  if ('error' in state) return { status: 'error', error: state.error, retry };
  return { status: 'ready', total: state.total, hint: state.hint, rowAt, want, version: state.version };
}
