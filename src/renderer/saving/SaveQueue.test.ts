import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveTarget } from './SaveQueue.ts';

type Write = { key: string; payload: unknown; sequence: number; keepalive: boolean };

/** A fake backend: records writes, and lets a test decide when each one finishes and whether it fails. */
function fakeBackend() {
  const writes: Write[] = [];
  const pending: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  let autoResolve = true;
  let failNext = 0;
  return {
    writes,
    pending,
    manual() {
      autoResolve = false;
    },
    failTimes(count: number) {
      failNext = count;
    },
    target(key: string, read: () => unknown): SaveTarget {
      return {
        read,
        write(payload, sequence, { keepalive }) {
          writes.push({ key, payload, sequence, keepalive });
          if (failNext > 0) {
            failNext -= 1;
            return Promise.reject(new Error('offline'));
          }
          if (autoResolve) return Promise.resolve();
          return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
        },
      };
    },
  };
}

let queue: SaveQueue;
let backend: ReturnType<typeof fakeBackend>;
let text: string;

beforeEach(() => {
  vi.useFakeTimers();
  queue = new SaveQueue({
    describeFailure: (error) => ({
      message: `Not saved: ${String(error)}`,
      permanent: String(error).includes('too large'),
    }),
  });
  backend = fakeBackend();
  text = '';
});
afterEach(() => {
  vi.useRealTimers();
});

function type(key: string, more: string) {
  text += more;
  queue.change(key);
}

describe('SaveQueue', () => {
  it('shows "saving" from the first change and saves once, 400 ms after the typing pauses', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      7,
    );
    expect(queue.getSnapshot().status).toBe('saved');
    type('note', 'a');
    expect(queue.getSnapshot().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    type('note', 'b');
    await vi.advanceTimersByTimeAsync(399);
    expect(backend.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.writes).toEqual([{ key: 'note', payload: 'ab', sequence: 8, keepalive: false }]);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('still saves every 2 s while the user types without pausing', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    for (let tick = 0; tick < 25; tick += 1) {
      type('note', 'x');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(backend.writes.map((write) => write.payload)).toEqual(['x'.repeat(20)]);
  });

  it('saves immediately on flush, with keepalive when the window is closing', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    type('note', 'bye');
    queue.flush({ keepalive: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes).toEqual([{ key: 'note', payload: 'bye', sequence: 1, keepalive: true }]);
  });

  it('on close sends every dirty key at once, without waiting for one save before the next', async () => {
    backend.manual();
    let card = 'draft';
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    queue.register(
      'card',
      backend.target('card', () => card),
      5,
    );
    type('note', 'bye');
    card = 'rated';
    queue.change('card');
    queue.flush({ keepalive: true });
    expect(backend.writes).toEqual([
      { key: 'note', payload: 'bye', sequence: 1, keepalive: true },
      { key: 'card', payload: 'rated', sequence: 6, keepalive: true },
    ]);
    expect(queue.getSnapshot().status).toBe('saving');
    for (const write of backend.pending.splice(0)) write.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saved');
    await vi.advanceTimersByTimeAsync(5000);
    expect(backend.writes).toHaveLength(2);
  });

  it('on close sends the newest state of every dirty key even while a save is under way', async () => {
    backend.manual();
    let card = 'draft';
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    queue.register(
      'card',
      backend.target('card', () => card),
      0,
    );
    type('note', 'one');
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes).toHaveLength(1);
    type('note', ' two');
    card = 'rated';
    queue.change('card');
    queue.flush({ keepalive: true });
    expect(backend.writes).toEqual([
      { key: 'note', payload: 'one', sequence: 1, keepalive: false },
      { key: 'note', payload: 'one two', sequence: 2, keepalive: true },
      { key: 'card', payload: 'rated', sequence: 1, keepalive: true },
    ]);
    for (const write of backend.pending.splice(0)) write.resolve();
    await vi.advanceTimersByTimeAsync(5000);
    expect(backend.writes).toHaveLength(3);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('retries a save sent on close that failed', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    backend.failTimes(1);
    type('note', 'bye');
    queue.flush({ keepalive: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()).toMatchObject({ status: 'retrying', failures: 1 });
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.writes.map((write) => [write.payload, write.sequence])).toEqual([
      ['bye', 1],
      ['bye', 2],
    ]);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('keeps what a closed editor left unsaved when it is registered again before that is stored', async () => {
    backend.manual();
    let live = true;
    queue.register(
      'note',
      backend.target('note', () => {
        if (!live) throw new Error('editor destroyed');
        return text;
      }),
      0,
    );
    type('note', 'last words');
    queue.unregister('note');
    live = false;
    await vi.advanceTimersByTimeAsync(0);
    queue.register(
      'note',
      backend.target('note', () => 'stale reload'),
      0,
    );
    backend.pending.shift()!.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.writes.map((write) => write.payload)).toEqual(['last words', 'last words']);
    backend.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('keeps one save in flight at a time, coalesces changes made meanwhile and numbers saves in order', async () => {
    backend.manual();
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    type('note', 'one');
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    type('note', ' two');
    type('note', ' three');
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes).toHaveLength(1);
    expect(queue.getSnapshot().status).toBe('saving');
    backend.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes.map((write) => [write.payload, write.sequence])).toEqual([
      ['one', 1],
      ['one two three', 2],
    ]);
    backend.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('saves keys in the order they changed, and runs an operation only after earlier changes are saved', async () => {
    let card = 'draft';
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    queue.register(
      'card',
      backend.target('card', () => card),
      0,
    );
    type('note', 'n');
    card = 'rated';
    queue.change('card');
    const order: string[] = [];
    const submitted = queue.run(async () => {
      order.push(`submit after ${backend.writes.map((write) => write.key).join(',')}`);
      return 'done';
    });
    await expect(submitted).resolves.toBe('done');
    expect(order).toEqual(['submit after note,card']);
  });

  it('retries with backoff, says "retrying", alerts after three failures and recovers', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    backend.failTimes(3);
    type('note', 'important');
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getSnapshot()).toEqual({ status: 'retrying', failures: 1, alert: null });
    await vi.advanceTimersByTimeAsync(500);
    expect(queue.getSnapshot().failures).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.getSnapshot()).toMatchObject({
      status: 'retrying',
      failures: 3,
      alert: 'Not saved: Error: offline',
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(queue.getSnapshot()).toEqual({ status: 'saved', failures: 0, alert: null });
    // Every attempt carried a new, higher sequence number, so a late arrival of an old one cannot win.
    expect(backend.writes.map((write) => write.sequence)).toEqual([1, 2, 3, 4]);
    expect(backend.writes.at(-1)!.payload).toBe('important');
  });

  it('alerts at once when a save is refused for good', async () => {
    queue.register(
      'note',
      {
        read: () => text,
        write: () => Promise.reject(new Error('too large')),
      },
      0,
    );
    type('note', 'x');
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getSnapshot()).toMatchObject({ status: 'retrying', alert: 'Not saved: Error: too large' });
  });

  it('reads the last state when an editor goes away, then saves it and forgets the key', async () => {
    let live = true;
    queue.register(
      'note',
      backend.target('note', () => {
        if (!live) throw new Error('editor destroyed');
        return text;
      }),
      3,
    );
    type('note', 'last words');
    queue.unregister('note');
    live = false;
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes).toEqual([{ key: 'note', payload: 'last words', sequence: 4, keepalive: false }]);
    queue.change('note');
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('continues numbering above a sequence the backend reports, and never goes back', async () => {
    queue.register(
      'note',
      backend.target('note', () => text),
      10,
    );
    queue.setSequence('note', 20);
    queue.setSequence('note', 15);
    queue.register(
      'note',
      backend.target('note', () => text),
      12,
    );
    type('note', 'x');
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.writes[0]!.sequence).toBe(21);
  });

  it('lets a loader wait until a key is saved', async () => {
    backend.manual();
    queue.register(
      'note',
      backend.target('note', () => text),
      0,
    );
    type('note', 'x');
    let settled = false;
    void queue.settled('note').then(() => (settled = true));
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    backend.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });
});
