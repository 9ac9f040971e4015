import { expect, it, vi } from 'vitest';
import { retryIfStale } from './retryIfStale.ts';
import { StaleSaveError } from './StaleSaveError.ts';

it('lets a stored save through and leaves the numbering alone', () => {
  const queue = { setSequence: vi.fn() };
  retryIfStale(queue, 'note:1', { stale: false, storedSequence: 4 }, 'note');
  expect(queue.setSequence).not.toHaveBeenCalled();
});

it('numbers past a newer stored version and rejects, so the queue saves again on top', () => {
  const queue = { setSequence: vi.fn() };
  expect(() => retryIfStale(queue, 'note:1', { stale: true, storedSequence: 9 }, 'note')).toThrow(
    new StaleSaveError('note'),
  );
  expect(queue.setSequence).toHaveBeenCalledWith('note:1', 9);
  expect(new StaleSaveError('scorecard').message).toBe(
    'A newer version of this scorecard was stored elsewhere.',
  );
});
