import type { ReadableStore } from './ReadableStore.ts';

/**
 * One immutable snapshot and the listeners told when it is replaced. Plain TypeScript with no dependencies, so
 * the engines (call, notes editor) use it as well as the app; React reads it with `useStoreSelector`.
 */
export class ExternalStore<Snapshot> implements ReadableStore<Snapshot> {
  #snapshot: Snapshot;
  readonly #listeners = new Set<() => void>();

  constructor(initial: Snapshot) {
    this.#snapshot = initial;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.#snapshot;

  /** Replaces the snapshot and tells every listener; setting the same value again tells no one. */
  set(snapshot: Snapshot): void {
    if (Object.is(snapshot, this.#snapshot)) return;
    this.#snapshot = snapshot;
    this.notify();
  }

  notify(): void {
    // A copy: a listener that unsubscribes (or subscribes another) must not disturb this round.
    for (const listener of [...this.#listeners]) listener();
  }
}
