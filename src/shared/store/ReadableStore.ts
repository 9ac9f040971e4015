/** What a view reads a store through: React's `useSyncExternalStore` takes exactly these two. */
export type ReadableStore<Snapshot> = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
};
