import type { NoteIndexRepository } from './repositories/NoteIndexRepository.ts';

/** Notes indexed per tick at most, so one tick never blocks requests behind a long queue (an import, a restore). */
const notesPerTick = 8;

/**
 * Keeps notes_fts following the notes, off the save path: a note queued by its save is indexed once it has
 * waited `delayMs` (so a burst of autosaves is indexed once, at most every `delayMs` per note), and every queued
 * note at `start` and `flush`. The ticks run between requests on the main thread, like the WAL checkpoints;
 * `notes.indexNow` (the editor's blur and close) indexes one note at once through the repository.
 */
export class NoteIndexScheduler {
  readonly #index: NoteIndexRepository;
  readonly #delayMs: number;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(index: NoteIndexRepository, options: { delayMs: number; now?: () => number }) {
    this.#index = index;
    this.#delayMs = options.delayMs;
    this.#now = options.now ?? Date.now;
  }

  /** Indexes what an earlier run queued but never indexed (it was killed, or lost power), then starts the ticks. */
  start(): number {
    // A tick at least every second, often enough that a note waits little longer than `delayMs`.
    const everyMs = Math.max(20, Math.min(1000, Math.round(this.#delayMs / 4)));
    this.#timer = setInterval(() => this.tick(), everyMs);
    this.#timer.unref();
    return this.#index.indexAll();
  }

  /** Indexes the notes whose first unindexed change is at least `delayMs` old; returns how many. */
  tick(): number {
    if (this.#stopped) return 0;
    try {
      const before = new Date(this.#now() - this.#delayMs).toISOString();
      return this.#index.indexDue(before, notesPerTick);
    } catch (error) {
      // Derived data: what fails now stays queued, for the next tick or the next start.
      console.error('Rapport could not update its notes search index; it will try again', error);
      return 0;
    }
  }

  /** Indexes every queued note (before the file closes). */
  flush(): number {
    if (this.#stopped) return 0;
    return this.#index.indexAll();
  }

  /** No more index writes: the file is closing, or was found damaged. */
  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
  }
}
