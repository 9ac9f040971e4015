import { expect, it } from 'vitest';
import { ExternalStore } from './ExternalStore.ts';

it('tells its listeners when the snapshot is replaced, not when the same one is set again', () => {
  const store = new ExternalStore({ count: 0 });
  const seen: number[] = [];
  const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().count));
  store.set({ count: 1 });
  store.set(store.getSnapshot());
  store.set({ count: 2 });
  unsubscribe();
  store.set({ count: 3 });
  expect(seen).toEqual([1, 2]);
  expect(store.getSnapshot()).toEqual({ count: 3 });
});

it('finishes a round of listeners even when one of them unsubscribes another', () => {
  const store = new ExternalStore(0);
  const calls: string[] = [];
  let unsubscribeSecond = () => {};
  store.subscribe(() => {
    calls.push('first');
    unsubscribeSecond();
  });
  unsubscribeSecond = store.subscribe(() => calls.push('second'));
  store.set(1);
  store.set(2);
  expect(calls).toEqual(['first', 'second', 'first']);
});
