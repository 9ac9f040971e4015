import { useMemo, useSyncExternalStore } from 'react';
import type { ReadableStore } from '../../shared/store/ReadableStore.ts';

const identity = <Value>(value: Value) => value;

/** Reads the selection, remembering it: the same snapshot always gives the same value, as React requires. */
function selectionReader<Snapshot, Selected>(
  store: ReadableStore<Snapshot>,
  select: (snapshot: Snapshot) => Selected,
  isEqual: (previous: Selected, next: Selected) => boolean,
): () => Selected {
  let memo: { snapshot: Snapshot; selected: Selected } | null = null;
  return () => {
    const snapshot = store.getSnapshot();
    if (memo && Object.is(memo.snapshot, snapshot)) return memo.selected;
    const selected = select(snapshot);
    memo = { snapshot, selected: memo && isEqual(memo.selected, selected) ? memo.selected : selected };
    return memo.selected;
  };
}

/**
 * A store's snapshot, or the part of it `select` picks, for React: like tiptap's `useEditorState`, the
 * component re-renders only when the selection changes by `isEqual`.
 */
export function useStoreSelector<Snapshot, Selected = Snapshot>(
  store: ReadableStore<Snapshot>,
  select: (snapshot: Snapshot) => Selected = identity as (snapshot: Snapshot) => Selected,
  isEqual: (previous: Selected, next: Selected) => boolean = Object.is,
): Selected {
  const read = useMemo(() => selectionReader(store, select, isEqual), [store, select, isEqual]);
  return useSyncExternalStore(store.subscribe, read, read);
}
