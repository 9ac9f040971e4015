import { ExternalStore } from '../../shared/store/ExternalStore.ts';

export type SaveStatus = 'saved' | 'saving' | 'retrying';

export type SaveQueueSnapshot = {
  status: SaveStatus;
  /** Failed attempts since the last success. */
  failures: number;
  /** What to tell the user when saving keeps failing (or was refused outright); null while all is well. */
  alert: string | null;
};

export type SaveTarget = {
  /** Reads what to save now. Called at send time, so typing between saves costs nothing. */
  read(): unknown;
  /** Sends one save; resolves once the backend has committed it, rejects to have it retried. */
  write(payload: unknown, sequence: number, options: { keepalive: boolean }): Promise<void>;
};

export type SaveQueueOptions = {
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while the user keeps typing without a pause. */
  maxWaitMs?: number;
  /** Waits between retries; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Failed attempts in a row before the user is alerted. */
  alertAfterFailures?: number;
  /** Turns a failure into words for the alert; return `permanent: true` to alert at once. */
  describeFailure?: (error: unknown) => { message: string; permanent: boolean };
};

type Entry = {
  target: SaveTarget;
  /** The last sequence number used (or known to be stored) for this key. */
  sequence: number;
  dirty: boolean;
  /** Saves of this key under way: one from the queue, plus any sent at once as the window closed. */
  inFlight: number;
  /** Set when the editor went away with changes unsaved: the payload read at that moment. */
  frozen: { payload: unknown } | null;
  detached: boolean;
};

type Operation = {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

const defaults = {
  debounceMs: 400,
  maxWaitMs: 2000,
  retryDelaysMs: [500, 1000, 2000, 4000, 8000],
  alertAfterFailures: 3,
  describeFailure: () => ({ message: 'Rapport could not reach its storage.', permanent: false }),
} satisfies Required<SaveQueueOptions>;

/**
 * The one ordered queue every save goes through. Each key (a note, a scorecard) is saved at most once at a time,
 * in the order keys changed, with a sequence number that only grows, so the backend can drop a stale retry.
 * Changes are coalesced: only the latest state of a key is sent. Failed saves are retried with backoff.
 * Plain TypeScript with injectable timing, so it is unit-tested without a browser.
 */
export class SaveQueue {
  readonly #options: Required<SaveQueueOptions>;
  readonly #entries = new Map<string, Entry>();
  /** Dirty keys, in the order they first changed. */
  #order: string[] = [];
  #operations: Operation[] = [];
  #running = false;
  #again = false;
  /** Saves sent outside the queue's one-at-a-time order (on close), still under way. */
  #sentAtOnce = 0;
  #debounceTimer: ReturnType<typeof setTimeout> | undefined;
  #maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #alert: string | null = null;
  readonly #store = new ExternalStore<SaveQueueSnapshot>({ status: 'saved', failures: 0, alert: null });
  #waiters: Array<{ key: string | null; resolve: () => void }> = [];

  constructor(options: SaveQueueOptions = {}) {
    this.#options = { ...defaults, ...options };
  }

  /** Starts tracking a key. `sequence` is the one the backend last stored; saves continue above it. */
  register(key: string, target: SaveTarget, sequence: number): void {
    const existing = this.#entries.get(key);
    if (existing) {
      existing.target = target;
      existing.sequence = Math.max(existing.sequence, sequence);
      existing.detached = false;
      // What the old editor left unsaved is still to be stored; the new one may not show it yet.
      if (!existing.dirty && existing.inFlight === 0) existing.frozen = null;
      return;
    }
    this.#entries.set(key, {
      target,
      sequence,
      dirty: false,
      inFlight: 0,
      frozen: null,
      detached: false,
    });
  }

  /**
   * Stops tracking a key once its last change is saved. Whatever is unsaved is read now, while the editor
   * still exists, and saved right away.
   */
  unregister(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    entry.detached = true;
    if (entry.dirty) {
      entry.frozen = { payload: entry.target.read() };
      this.flush();
    } else if (entry.inFlight === 0) {
      this.#entries.delete(key);
    }
  }

  /** After the backend moved a key on by itself (a restore), continue numbering from there. */
  setSequence(key: string, sequence: number): void {
    const entry = this.#entries.get(key);
    if (entry) entry.sequence = Math.max(entry.sequence, sequence);
  }

  /** Something changed: it will be saved after a pause, or after maxWaitMs of continuous change. */
  change(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    entry.dirty = true;
    // The live editor changed, so it now holds the state to save.
    if (!entry.detached) entry.frozen = null;
    if (!this.#order.includes(key)) this.#order.push(key);
    clearTimeout(this.#debounceTimer);
    this.#debounceTimer = setTimeout(() => this.#requestPump(), this.#options.debounceMs);
    this.#maxWaitTimer ??= setTimeout(() => this.#requestPump(), this.#options.maxWaitMs);
    this.#update();
  }

  /** Save everything now: on blur, on navigation, when the window hides or closes (then with keepalive). */
  flush(options: { keepalive?: boolean } = {}): void {
    if (options.keepalive) {
      this.#sendAllNow();
      return;
    }
    if (this.#order.length === 0 && this.#operations.length === 0) return;
    this.#requestPump();
  }

  /** Runs an operation (e.g. submitting a scorecard) after every change made before it is saved. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#operations.push({ run: operation, resolve: resolve as (value: unknown) => void, reject });
      this.#requestPump();
    });
  }

  /** Resolves when `key` (or everything) has nothing unsaved, or as soon as an attempt fails. */
  settled(key: string | null = null): Promise<void> {
    if (this.#isClean(key)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ key, resolve }));
  }

  hasUnsavedChanges(): boolean {
    return this.#store.getSnapshot().status !== 'saved';
  }

  getSnapshot = (): SaveQueueSnapshot => this.#store.getSnapshot();

  subscribe = (listener: () => void): (() => void) => this.#store.subscribe(listener);

  /**
   * The window is closing: there is no time to save one key after another. Every dirty key's latest state goes
   * out now, with keepalive, even while a save is under way; sequence numbers let the backend drop whichever
   * of two saves of a key arrives late.
   */
  #sendAllNow(): void {
    const keys = [...this.#entries].filter(([, entry]) => entry.dirty).map(([key]) => key);
    if (keys.length === 0) return;
    this.#order = this.#order.filter((key) => !keys.includes(key));
    for (const key of keys) {
      this.#sentAtOnce += 1;
      // #save calls write before its first await, so every key is sent before this loop ends.
      void this.#save(key, true).then((saved) => {
        this.#sentAtOnce -= 1;
        if (!saved) {
          if (!this.#order.includes(key)) this.#order.unshift(key);
          this.#scheduleRetry();
        }
        this.#update(!saved);
      });
    }
    this.#update();
  }

  #requestPump(): void {
    clearTimeout(this.#debounceTimer);
    clearTimeout(this.#maxWaitTimer);
    clearTimeout(this.#retryTimer);
    this.#debounceTimer = undefined;
    this.#maxWaitTimer = undefined;
    this.#retryTimer = undefined;
    if (this.#running) {
      this.#again = true;
      return;
    }
    void this.#pump();
  }

  async #pump(): Promise<void> {
    this.#running = true;
    this.#update();
    let failed = false;
    try {
      do {
        this.#again = false;
        const batch = this.#order.splice(0);
        for (let index = 0; index < batch.length; index += 1) {
          const key = batch[index]!;
          if (!(await this.#save(key, false))) {
            // Keep the failed key and the rest of the batch first in line, in order.
            this.#order = [...batch.slice(index), ...this.#order.filter((other) => !batch.includes(other))];
            failed = true;
            return;
          }
        }
        // Keys changed during this batch wait for their own pause (their debounce timer sets #again).
        const operation = this.#operations.shift();
        if (operation) {
          try {
            operation.resolve(await operation.run());
          } catch (error) {
            operation.reject(error);
          }
          this.#again = true;
        }
      } while (this.#again || this.#operations.length > 0);
    } finally {
      this.#running = false;
      if (failed) this.#scheduleRetry();
      this.#update(failed);
    }
  }

  /** One attempt for one key; true when it was stored (or there was nothing left to store). */
  async #save(key: string, keepalive: boolean): Promise<boolean> {
    const entry = this.#entries.get(key);
    if (!entry || !entry.dirty) return true;
    entry.dirty = false;
    entry.inFlight += 1;
    const frozen = entry.frozen;
    const payload = frozen ? frozen.payload : entry.target.read();
    entry.sequence += 1;
    try {
      await entry.target.write(payload, entry.sequence, { keepalive });
      this.#failures = 0;
      this.#alert = null;
      // Stored; unless the editor went away again meanwhile, later saves read the editor.
      if (frozen && entry.frozen === frozen && !entry.dirty) entry.frozen = null;
      return true;
    } catch (error) {
      // Saved again later, under a new sequence number: if this attempt did land after all, the next one wins.
      entry.dirty = true;
      this.#failures += 1;
      const { message, permanent } = this.#options.describeFailure(error);
      if (permanent || this.#failures >= this.#options.alertAfterFailures) this.#alert = message;
      return false;
    } finally {
      entry.inFlight -= 1;
      if (entry.detached && !entry.dirty && entry.inFlight === 0) this.#entries.delete(key);
    }
  }

  #scheduleRetry(): void {
    const delays = this.#options.retryDelaysMs;
    const delay = delays[Math.min(this.#failures - 1, delays.length - 1)] ?? 1000;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#requestPump(), delay);
  }

  #isClean(key: string | null): boolean {
    if (key === null) {
      return (
        !this.#running && this.#sentAtOnce === 0 && this.#order.length === 0 && this.#operations.length === 0
      );
    }
    const entry = this.#entries.get(key);
    return !entry || (!entry.dirty && entry.inFlight === 0);
  }

  #update(attemptFailed = false): void {
    const pending =
      this.#running || this.#sentAtOnce > 0 || this.#order.length > 0 || this.#operations.length > 0;
    const status: SaveStatus = this.#failures > 0 ? 'retrying' : pending ? 'saving' : 'saved';
    const previous = this.#store.getSnapshot();
    if (
      previous.status !== status ||
      previous.failures !== this.#failures ||
      previous.alert !== this.#alert
    ) {
      this.#store.set({ status, failures: this.#failures, alert: this.#alert });
    }
    const waiting = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiting) {
      if (attemptFailed || this.#isClean(waiter.key)) waiter.resolve();
      else this.#waiters.push(waiter);
    }
  }
}
